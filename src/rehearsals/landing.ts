/**
 * How a turn lands and what it does to the conversation. These few rules are the whole
 * "teacher model": written once, small enough to explain to a parent in a sentence each.
 */
import type { Ending, Landing, PersonaTuning, Quality, Strategy } from './types';
import { STRATEGIES } from './types';

/** The calmest and the most strained a conversation can be. */
export const MIN_TENSION = 0;
/** At this tension the teacher ends the conversation there and then. */
export const BREAKING_POINT = 5;
/** A conversation that finishes this strained has stalled. */
export const STALLS_AT = 4;
/** A plan both agree on needs the conversation to finish at or below this. */
export const AGREES_AT = 2;
/** Longest reply a parent can type: a turn in a conversation, not a letter. */
export const MAX_REPLY_LENGTH = 1000;
/** Longest child's name a rehearsal takes (as a guide's name field does). */
export const MAX_CHILD_NAME = 200;

const isStrategy = (quality: Quality): quality is Strategy =>
  (STRATEGIES as readonly Quality[]).includes(quality);

/**
 * Blame or a demand puts the teacher on guard whatever else the turn does; a turn that is
 * curious, specific, solution-focused or acknowledges the teacher's constraints lands well;
 * anything else is polite but gives the teacher nothing to work with.
 */
export function landingOf(qualities: readonly Quality[]): Landing {
  if (qualities.includes('blaming') || qualities.includes('demanding')) return 'poor';
  if (qualities.some(isStrategy)) return 'good';
  return 'mixed';
}

export function nextTension(tension: number, landing: Landing, tuning: PersonaTuning): number {
  return Math.min(BREAKING_POINT, Math.max(MIN_TENSION, tension + tuning[landing]));
}

/** The strategies a turn adds to the goals reached: only a turn that landed well counts. */
export function strategiesOf(qualities: readonly Quality[]): Strategy[] {
  return landingOf(qualities) === 'good' ? qualities.filter(isStrategy) : [];
}

/**
 * How a finished conversation ends. The last beat is where a way forward is proposed: when
 * it lands well and the conversation is calm, the teacher has just said yes to something, so
 * the two of you have a plan; a strained conversation stalls; anything between ends with a
 * next step, such as bringing someone else in. The goals the parent did not reach are for
 * the debrief's "what to try next", never a reason to contradict what the teacher just said.
 */
export function endingFor(tension: number, lastLanding: Landing | undefined): Ending {
  if (tension >= STALLS_AT) return 'stalled';
  if (tension <= AGREES_AT && lastLanding === 'good') return 'agreed';
  return 'next-step';
}
