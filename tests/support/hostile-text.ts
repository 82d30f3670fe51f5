/** Deterministic generator of text built to break links and headers. */
const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '&',
  '?',
  '#',
  '%',
  '=',
  '+',
  ' ',
  '%0A',
  '%0D%0A',
  '&cc=boss@example.org',
  '?bcc=x@example.org',
  '\nBcc: x@example.org',
  'Subject: hi',
  '=?UTF-8?B?',
  'é',
  '“',
  '🙂',
  '中文',
  '<script>alert(1)</script>',
  "'",
  '"',
  ';',
  ':',
  '/',
  '\\',
  '\t',
  'plain words',
];

export function hostileTexts(count: number, seed = 7): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () => {
    const parts = Math.floor(random() * 12) + 1;
    return Array.from({ length: parts }, () => PIECES[Math.floor(random() * PIECES.length)]).join(
      '',
    );
  });
}
