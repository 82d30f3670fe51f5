/**
 * Writes a draft as an .eml file (RFC 5322 with MIME): mail apps open it as a message
 * ready to send. Headers are encoded so nothing typed can break out of its header.
 */
import * as v from 'valibot';
import type { DraftText } from '../engine/types';

const email = v.pipe(v.string(), v.email());
const utf8 = new TextEncoder();

const toBase64 = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/** RFC 5322 asks for header lines of at most 78 characters (998 is the hard limit). */
const MAX_LINE = 78;
/** 39 bytes make 52 of base64: "=?UTF-8?B?…?=" is 64 characters, a line with room to spare. */
const WORD_BYTES = 39;

/** RFC 2047 encoded words, split on whole characters, one per line. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (utf8.encode(chunk + char).length > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${toBase64(utf8.encode(word))}?=`);
}

/**
 * Folds a header (RFC 5322 §2.2.3): a line break goes before a space, so unfolding (taking
 * the line breaks out) gives the header back exactly. Null when a word is too long to fit.
 */
function foldAtSpaces(line: string): string | null {
  const lines: string[] = [];
  let current = '';
  for (const [index, word] of line.split(' ').entries()) {
    if (index === 0) current = word;
    else if (word !== '' && current.trim() !== '' && current.length + 1 + word.length > MAX_LINE) {
      lines.push(current);
      current = ` ${word}`;
    } else current += ` ${word}`;
  }
  lines.push(current);
  return lines.every((part) => part.length <= MAX_LINE) ? lines.join('\r\n') : null;
}

/**
 * A header line, folded: plain text as it is, anything else (or a word too long to fold) as
 * encoded words. Line breaks typed into the text become spaces, so nothing typed can start
 * a header of its own.
 */
function header(name: string, text: string): string {
  const clean = text.replace(/[\r\n\t]+/g, ' ').trim();
  if (/^[\x20-\x7e]*$/.test(clean) && !clean.includes('=?')) {
    const folded = foldAtSpaces(`${name}: ${clean}`);
    if (folded !== null) return folded;
  }
  return `${name}: ${encodedWords(clean).join('\r\n ')}`;
}

/** Quoted-printable (RFC 2045): any text, any line length, safe in a 7-bit message. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const bytes = utf8.encode(line);
      let encoded = '';
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain = byte >= 33 && byte <= 126 && byte !== 61;
        const space = (byte === 32 || byte === 9) && !last;
        encoded +=
          plain || space
            ? String.fromCharCode(byte)
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      // Soft line breaks keep lines within 76 characters without splitting an =XX escape.
      const lines: string[] = [];
      while (encoded.length > 75) {
        let cut = 75;
        const escape = encoded.lastIndexOf('=', cut - 1);
        if (escape > cut - 3) cut = escape;
        lines.push(`${encoded.slice(0, cut)}=`);
        encoded = encoded.slice(cut);
      }
      lines.push(encoded);
      return lines.join('\r\n');
    })
    .join('\r\n');
}

export function emlFile(draft: DraftText, to: string | undefined, date: Date): string {
  const address = to?.trim() ?? '';
  const headers = [
    ...(v.is(email, address) ? [`To: ${address}`] : []),
    header('Subject', draft.subject),
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    // Tells Outlook and others to open the file as a message to send, not one received.
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(draft.body)}\r\n`;
}
