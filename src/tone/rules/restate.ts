// The last rewrite before advice, for a sentence that carries only the attack: it is left out.
// A sentence goes only when the message says what matters without it: it names no child, holds no
// date, number or request, and another sentence of the message, left as it is, still carries words
// of its own. What the parent means (the fact, the worry, the request) is then said elsewhere in
// the message, and the sentence that goes adds only heat ("You obviously don't care.", "This is a
// joke.", "I have given this school every chance."). English only, like the sentence rewrites.
import type { ToneCategory } from '../categories';
import { hasJab } from '../jabs';
import { valence } from '../lexicon';

// A request or a question the parent wants answered: it stays, whatever its tone.
const REQUEST =
  /\b(?:please|pls|plz|could you|can you|would you|will you|let me know|I'd like|I would like|I need|I want|I'm asking|I am asking|I ask|request|requesting|hoping|hope|call me|email me|reply|respond|meet|meeting|talk|discuss|schedule)\b/i;
// Someone the message is about, or when something happened: the facts stay.
const FACT =
  /\d|\b(?:he|she|him|her|his|hers|they|them|their|my (?:son|daughter|child|kid|boy|girl)|our (?:son|daughter|child|kid)|kid|kids|child|children|son|daughter|today|yesterday|tomorrow|morning|afternoon|tonight|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|grade|grades|test|homework|iep|504|bus|lunch|recess|form|note|report|class)\b/i;
// Another sentence of the message that still says something: not a greeting or a sign-off.
const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you|regards|best|sincerely|cheers)\b[^.!?]{0,40}[,.!]?$/i;
const NAME_INSIDE = /(?<=\S\s+)[A-Z][a-z]{2,}/;

/** '' (leave the sentence out) when it carries only the attack; otherwise undefined. */
export function leaveOut(
  sentence: string,
  categories: readonly ToneCategory[],
  others: readonly string[],
  /** Every other sentence of the message, as typed. */
  rest: readonly string[] = others,
): string | undefined {
  if (categories.length === 0 || categories.includes('shouting')) return undefined;
  const text = sentence.replace(/[’]/g, "'").trim();
  if (REQUEST.test(text) || FACT.test(text) || NAME_INSIDE.test(text)) return undefined;
  // Warm words stay ("You all did such a great job."), and so does a sentence whose neighbours
  // would be left holding a jab: the sting would only move.
  const mood = valence(text);
  if (mood.positive && !mood.negative && !/n't\b|\b(?:not|never|no)\b/i.test(text))
    return undefined;
  if (rest.some((o) => hasJab(o))) return undefined;
  const says = others.some((o) => {
    const t = o.trim();
    return t.split(/\s+/).length >= 4 && !GREETING.test(t);
  });
  return says ? '' : undefined;
}

/** True when the sentence still says something a reader needs: a fact, a date, a request. */
export function carriesContent(sentence: string): boolean {
  const text = sentence.replace(/[’]/g, "'");
  return REQUEST.test(text) || FACT.test(text) || NAME_INSIDE.test(text);
}

// Where one clause of a sentence ends and the next begins: ", and", ", but", ";", a dash.
const CLAUSE_BREAK =
  /\s*(?:,\s*(?:and|but|so|because|since|yet|which|when)\b|;|\s[—–-]\s|,\s*(?=(?:and then|then|now|but now)\b))\s*/gi;

/**
 * The sentence with the clauses that carry no fact or request taken out ("He came home without
 * his lunch box again, and no one seems to have noticed." → "He came home without his lunch box
 * again."), or undefined when every clause carries one, or none does.
 */
export function keepFacts(sentence: string): string | undefined {
  const mark = /[.!?…]*\s*$/.exec(sentence)![0];
  const body = sentence.slice(0, sentence.length - mark.length);
  const clauses: { lead: string; text: string }[] = [];
  let at = 0;
  let lead = '';
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    clauses.push({ lead, text: body.slice(at, m.index) });
    lead = m[0];
    at = m.index + m[0].length;
  }
  clauses.push({ lead, text: body.slice(at) });
  if (clauses.length < 2) return undefined;
  const kept = clauses.filter((c) => c.text.trim() !== '' && carriesContent(c.text));
  if (kept.length === 0 || kept.length === clauses.length) return undefined;
  const last = kept.at(-1) === clauses.at(-1);
  const text = kept
    .map((c, i) => (i === 0 ? c.text.trim() : `${c.lead}${c.text}`))
    .join('')
    .replace(/^[a-z]/, (c) => c.toUpperCase());
  if (text.split(/\s+/).length < 3) return undefined;
  const end = last && mark.trim().startsWith('?') ? '?' : '.';
  return text + end + (/\s*$/.exec(sentence)?.[0] ?? '');
}
