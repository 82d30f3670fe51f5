import { toneContent } from './locale-content';
import { compileLocale } from './phrase-rules';
// Shared vocabulary for the rules. Fragments are regex source strings, used inside
// case-insensitive patterns compiled once at module load.

/** Someone on the school side: the reader of the email, or the school acting through them. */
export const TEACHER = String.raw`(?:you|the teacher|(?:his|her|their|my (?:son|daughter|child|kid)'s) teacher|the school|this school|that school|the staff|the office|the administration|the aide|the sub|the substitute|(?:mr|mrs|ms|miss|dr)\.? [a-z]+)`;

/** Somebody vaguer on the school side, often used to accuse without saying "you". */
export const NOBODY = String.raw`(?:nobody|no one|no-one|not one (?:adult|person|teacher|staff member))`;

/** The parent's child (or children), whose behaviour parents describe without accusing anyone. */
export const CHILD = String.raw`(?:he|she|they|my (?:son|daughter|child|kid|boy|girl|kids|children|twins)|our (?:son|daughter|child|kid|kids|children))`;

/** The same children as objects ("unacceptable for him to…"). */
export const CHILD_OBJECT = String.raw`(?:him|her|them|my (?:son|daughter|child|kid|boy|girl|kids|children|twins)|our (?:son|daughter|child|kid|kids|children))`;

/** Things a teacher or school makes, decides or runs; judging them is judging the teacher. */
export const SCHOOL_THING = String.raw`(?:meeting|conference|iep|504|services|support|accommodations?|therapy|evaluation|reading group|recess|lunch|pickup|pick-up|drop-off|dropoff|bus|playground|field trip|supervision|front office|the way|grad(?:e|es|ing)|punishment|consequence|detention|decision|policy|rule|homework|assignment|worksheet|project|test|quiz|response|reply|answer|communication|handling|classroom|class|lesson|teaching|system|chart|program|treatment|report card|comment|note|email|feedback|plan|curriculum|schedule|seating|way you|way this|way it|way she|way he|way they)`;

/** Harm the child carries home: the consequence half of "you did X and now he is Y". */
export const CHILD_HARM =
  /\b(?:hurt|cr(?:y|ies|ied|ying)|tears|sobb\w*|terrified|scared|afraid|humiliated|embarrassed|anxious|anxiety|worse|upset|devastated|heartbroken|miserable|hates|dreads|refuses|ashamed|fail(?:ed|ing)|bruised?|injured|alone|left out|excluded|nightmares|won't go|doesn't want to go|dangerous|unsafe|danger|missed (?:the|his|her|recess|lunch|out)|left a mark|threw (?:it |them )?away|thrown away|ruin(?:s|ed|ing)|tanking|plummet\w*|lonely|isolated|bullied|picked on|laughed at|made fun of|behind)\b/i;

/** Hedges that turn a strong statement into a doubt or a denial ("I don't think you ignored…"). */
const HEDGE_BEFORE =
  /\b(?:not (?:saying|suggesting|implying|accusing|blaming)|(?:don't|do not|didn't|did not) (?:think|believe|mean|feel|suggest)|doubt|never said|if|whether|unless|in case|even if|not that|sure (?:you|it|that) (?:didn't|wasn't|weren't))\b[^.?!]*$/i;

export interface Valence {
  positive: boolean;
  negative: boolean;
}

// The words of warmth and of complaint are the word classes "positive" and "negative" in
// content/en/tone/word-classes.json, shared with the phrase rules.
const english = compileLocale(toneContent('en')).has;

export function valence(text: string): Valence {
  return { positive: english.positive(text), negative: english.negative(text) };
}

/** From `index` up to the end of the clause, so a verdict on one clause ignores the next. */
export function clauseAfter(text: string, index: number): string {
  const rest = text.slice(index);
  const stop = rest.search(
    /[,;:—–()]|\s(?:when|whenever|if|because|unless|until|since|while|so that|but|though|although)\b/i,
  );
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** From the start of the clause holding `index` up to `index`. */
export function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const cut = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    head.lastIndexOf('—'),
    head.lastIndexOf('('),
  );
  return head.slice(cut + 1);
}

/** True when a hedge in the same clause, before `index`, softens what follows. */
export function hedgedBefore(text: string, index: number): boolean {
  return HEDGE_BEFORE.test(clauseBefore(text, index));
}
