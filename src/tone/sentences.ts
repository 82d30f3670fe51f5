export interface Sentence {
  /** Offset of the sentence's first character in the full text. */
  start: number;
  /** The sentence exactly as written. */
  raw: string;
  /**
   * Same length as `raw`, so offsets line up: apostrophes straightened and quoted or reported
   * speech blanked out, because words the child said are not the parent's tone.
   */
  text: string;
  /** Analysis text of the sentence before, or '' (some jabs only read as jabs after a complaint). */
  previous: string;
  /** Analysis text of the sentence after, or '' ("Why did you pick this book? Just curious!"). */
  next: string;
}

// Words whose trailing period is not the end of a sentence ("Mr. Grant", "e.g. reading").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'jr',
  'sr',
  'approx',
]);
const TERMINATORS = '.!?…';
const CLOSERS = '"\')]”’»';

export function splitSentences(text: string): Sentence[] {
  const analysis = maskQuotes(text.replace(/[’‘`´]/g, "'"));
  const sentences: Sentence[] = [];
  let previous = '';
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (from === to) return;
    const masked = maskReportedSpeech(analysis.slice(from, to));
    sentences.push({ start: from, raw: text.slice(from, to), text: masked, previous, next: '' });
    const before = sentences.at(-2);
    if (before) before.next = masked;
    previous = masked;
  };

  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.includes(ch)) continue;
    let end = i;
    while (end + 1 < text.length && TERMINATORS.includes(text[end + 1]!)) end++;
    while (end + 1 < text.length && CLOSERS.includes(text[end + 1]!)) end++;
    const next = text[end + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    // A trailing-off "..." before a lower-case word is a pause, not an end ("great job... with
    // the kids you like").
    if (
      /^(?:\.{3,}|…)$/.test(text.slice(i, end + 1)) &&
      /^\s+[a-z]/.test(text.slice(end + 1, end + 3))
    ) {
      i = end;
      continue;
    }
    if (ch === '.' && end === i && isAbbreviation(text, i)) continue;
    push(start, end + 1);
    start = end + 1;
    i = end;
  }
  push(start, text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[A-Za-z.]/.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot).toLowerCase();
  // A lone capital before a period is an initial ("J. Smith"), not the end of a thought.
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(text.slice(from, dot));
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks text inside quotation marks, keeping every offset in place. */
function maskQuotes(text: string): string {
  // One or two quoted words are scare quotes or titles, not speech, so they stay readable.
  const double = /["“](?=[^"“”\n]*\s[^"“”\n]*\S\s+\S)[^"“”\n]{1,300}["”]/g;
  // A single quote opens only after a space or bracket and before a letter, so "don't" and
  // "students' desks" stay untouched; it closes before a space, punctuation or the end.
  const single = /(?<=^|[\s([{—–-])'(?=[A-Za-z])[^'\n]{1,300}?[^\s']'(?![A-Za-z0-9])/g;
  return text.replace(double, blank).replace(single, blank);
}

// "He said", "Maya told me", "she feels like": what follows, up to the end of the clause, is the
// child's account or feeling being passed on, not the parent's own accusation.
const REPORTER = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Mm]y (?:son|daughter|child|kid|boy|girl)|[Oo]ur (?:son|daughter|child|kid)|[Hh](?:is|er) (?:brother|sister|friend)|(?!(?:You|We|It|This|That|There|Nobody|Someone|Somebody|Everyone|Everybody|Anyone|Anybody|Who|Whoever|What|Whatever|Which|People|Honestly|Frankly)\b)[A-Z][a-z]+)`;
const REPORTING_VERB = String.raw`(?:said|says|saying|told (?:me|us)|tells (?:me|us)|mentioned|claims|claimed|swears|swore|insists|insisted|feels like|felt like|thinks|thought|believes|is convinced|was convinced|complained|complains|explained|came home saying|keeps saying|kept saying)`;
const REPORTED_SPEECH = new RegExp(
  String.raw`\b${REPORTER}\s+(?:(?:also|even|just|then|later|first)\s+)?${REPORTING_VERB}\b(?:\s+that\b)?([^,;:—–]*)`,
  'g',
);

function maskReportedSpeech(sentence: string): string {
  if (
    !/\b(?:said|says|saying|told|tells|mentioned|claim|swear|swore|insist|feels|felt|think|thought|believes|convinced|complain|explained)/i.test(
      sentence,
    )
  ) {
    return sentence;
  }
  return sentence.replace(
    REPORTED_SPEECH,
    (whole, reported: string) => whole.slice(0, whole.length - reported.length) + blank(reported),
  );
}
