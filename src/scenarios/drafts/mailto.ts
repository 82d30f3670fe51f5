/**
 * Builds a `mailto:` link (RFC 6068). Every part is percent-encoded, so newlines, `&`,
 * `?` and `#` in anything the parent typed stay inside their field and never add one.
 */
import * as v from 'valibot';
import type { DraftText } from '../engine/types';
import { encodePart } from '../../lib/well-formed';

const email = v.pipe(v.string(), v.email());

const encode = (text: string) => encodePart(text.replace(/\r\n|\r|\n/g, '\r\n'));

export function mailtoHref(draft: DraftText, to?: string): string {
  const address = to?.trim() ?? '';
  // Only a well-formed address goes in the link; anything else is left for the mail app.
  const recipient = v.is(email, address) ? encodePart(address).replace('%40', '@') : '';
  return `mailto:${recipient}?subject=${encode(draft.subject)}&body=${encode(draft.body)}`;
}
