import { mailtoHref } from '../../src/scenarios/drafts/mailto';
import { hostileTexts } from '../support/hostile-text';

const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

test('a plain draft becomes a link addressed to the teacher', () => {
  expect(mailtoHref({ subject: 'Hello', body: 'Line one\nLine two' }, 'm.rivera@example.org')).toBe(
    'mailto:m.rivera@example.org?subject=Hello&body=Line%20one%0D%0ALine%20two',
  );
});

test('hostile subjects and bodies always give exactly a subject and a body field', () => {
  const texts = hostileTexts(400);
  for (let i = 0; i < texts.length; i += 2) {
    const subject = texts[i] ?? '';
    const body = texts[i + 1] ?? '';
    const url = new URL(mailtoHref({ subject, body }, 'teacher@example.org'));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('teacher@example.org');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(crlf(subject));
    expect(url.searchParams.get('body')).toBe(crlf(body));
    expect(url.hash).toBe('');
  }
});

test('a malformed or hostile address is left out rather than smuggled in', () => {
  for (const to of [
    ...hostileTexts(50, 3),
    'x@example.org?cc=y@example.org',
    'a@b.org&bcc=c@d.org',
    'a@b.org#x',
  ]) {
    const url = new URL(mailtoHref({ subject: 's', body: 'b' }, to));
    expect(url.pathname).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  }
});
