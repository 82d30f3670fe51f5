/**
 * Text the app encodes or decodes, made total. A string can hold half of an emoji (a lone
 * UTF-16 surrogate, as a broken paste leaves it), and `encodeURIComponent` throws on one;
 * a hand-typed address can hold a malformed escape ("%E0%A4%A"), and `decodeURIComponent`
 * throws on that. Every encode and decode in the app goes through here (lint keeps the
 * built-ins out of src/), so no character anyone types can stop a page from rendering.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/** Percent-encodes any text for one part of an address (a query value, a fragment). */
// eslint-disable-next-line no-restricted-globals -- the one place the built-in is used
export const encodePart = (text: string): string => encodeURIComponent(wellFormed(text));

/** Decodes one part of an address; a malformed escape leaves the text as it was. */
export function decodePart(text: string): string {
  try {
    // eslint-disable-next-line no-restricted-globals -- the one place the built-in is used
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
