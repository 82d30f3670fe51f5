import { emlFile, quotedPrintable } from '../../src/scenarios/drafts/eml';
import { hostileTexts } from '../support/hostile-text';

const date = new Date(Date.UTC(2026, 8, 14, 9, 30));

function parse(eml: string) {
  const split = eml.indexOf('\r\n\r\n');
  const head = eml.slice(0, split).replace(/\r\n /g, ' ');
  const headers = head.split('\r\n').map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()] as const;
  });
  return { headers, body: eml.slice(split + 4) };
}

function decodeWords(value: string) {
  return value.replace(/=\?UTF-8\?B\?([^?]*)\?=\s?/g, (_, b64: string) =>
    new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
  );
}

function decodeQuotedPrintable(text: string) {
  const bytes: number[] = [];
  const joined = text.replace(/=\r\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

test('a draft becomes a message mail apps open ready to send', () => {
  const eml = emlFile(
    { subject: 'Introducing Maya', body: 'Dear Ms. Rivera,\n\nHello.' },
    'm.rivera@example.org',
    date,
  );
  expect(eml).toBe(
    [
      'To: m.rivera@example.org',
      'Subject: Introducing Maya',
      'Date: Mon, 14 Sep 2026 09:30:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      'X-Unsent: 1',
      '',
      'Dear Ms. Rivera,',
      '',
      'Hello.',
      '',
    ].join('\r\n'),
  );
});

test('hostile subjects and bodies never add a header, and decode back exactly', () => {
  const texts = hostileTexts(300, 11);
  for (let i = 0; i < texts.length; i += 2) {
    const subject = texts[i] ?? '';
    const body = texts[i + 1] ?? '';
    const { headers, body: encodedBody } = parse(emlFile({ subject, body }, 'x@example.org', date));
    expect(headers.map(([name]) => name)).toEqual([
      'To',
      'Subject',
      'Date',
      'MIME-Version',
      'Content-Type',
      'Content-Transfer-Encoding',
      'X-Unsent',
    ]);
    expect(decodeWords(headers[1]?.[1] ?? '')).toBe(subject.replace(/[\r\n\t]+/g, ' ').trim());
    expect(decodeQuotedPrintable(encodedBody.replace(/\r\n$/, ''))).toBe(
      body.replace(/\r\n|\r|\n/g, '\r\n'),
    );
    for (const line of encodedBody.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encodedBody).not.toMatch(/[^\r]\n/);
  }
});

test('an address that is not a plain email is left out', () => {
  const { headers } = parse(
    emlFile({ subject: 's', body: 'b' }, 'x@example.org\r\nBcc: y@example.org', date),
  );
  expect(headers.map(([name]) => name)).not.toContain('To');
  expect(headers.map(([name]) => name)).not.toContain('Bcc');
});

test('long lines are wrapped with soft breaks that never split an escape', () => {
  const line = 'é'.repeat(100);
  const encoded = quotedPrintable(line);
  for (const part of encoded.split('\r\n')) expect(part).toMatch(/^(=[0-9A-F]{2})*=?$/);
  expect(decodeQuotedPrintable(encoded)).toBe(line);
});

test('a long subject is folded into lines of at most 78 characters that unfold to it exactly', () => {
  const words = 'Following up on the reading plan and the meeting we talked about ';
  const subjects = [
    words.repeat(20).trim(), // 1,300 characters of plain words
    'x'.repeat(1200), // one unbroken word
    `Mañana: ${words.repeat(15).trim()}`, // not all ASCII
    `${'=?'.repeat(400)} done`,
  ];
  for (const subject of subjects) {
    const eml = emlFile({ subject, body: 'b' }, 'x@example.org', date);
    const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const { headers } = parse(eml);
    expect(headers.map(([name]) => name)).toContain('Subject');
    const value = headers.find(([name]) => name === 'Subject')?.[1] ?? '';
    expect(decodeWords(value)).toBe(subject);
  }
});
