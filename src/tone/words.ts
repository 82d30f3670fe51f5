import words from '../../content/en/tone/tone.json';
import { DEFAULT_TONE_LOCALE, toneContent } from './locale-content';
import type { ToneCategory, ToneStrengthKind } from './types';

export interface CategoryWords {
  /** Short display name for the UI. */
  name: string;
  /** One sentence: why this may put the teacher on the defensive (used as the finding message). */
  reason: string;
  /** One sentence of guidance on what to try instead. */
  tryInstead: string;
}

export interface RewriteWords {
  whyDidYouMake: string;
  whyDidYou: string;
  whyDidntYou: string;
  whyWasntITold: string;
  youMadeThem: string;
  youNeedTo: string;
  demandNoun: string;
  demandThat: string;
  demandTo: string;
  expectYouTo: string;
  expectOutcome: string;
  judgementWords: Record<string, string>;
  /** For a judgement word not listed in judgementWords. */
  judgementDefault: string;
  couldYou: string;
  soonAsYouCan: string;
  iWouldLike: string;
  curiousWhy: string;
  curiousWhatLed: string;
  nextStep: string;
  nextStepLegal: string;
  seemsLost: string;
  thanksFor: string;
  worriedSeenAs: string;
  wouldItBePossible: string;
}

export interface ToneWords {
  categories: Record<ToneCategory, CategoryWords>;
  strengths: Record<ToneStrengthKind, string>;
  heavyNudge: string;
  readyMessage: string;
  /** The button's words when a rewrite simply takes the words away. */
  removeWords: string;
  rewrites: RewriteWords;
}

// Annotated so a coach's edit that drops a key fails the type-check instead of the UI.
export const toneWords: ToneWords = words;

/** What another language's tone.json holds: the rewrites belong to the English code rules. */
export type LocaleToneWords = Omit<ToneWords, 'rewrites'>;

/**
 * The words the coach shows in `locale` (English when the language has no tone files; another
 * language's keys are checked against English's by tests/tone/words.test.ts).
 */
export function toneWordsFor(locale: string = DEFAULT_TONE_LOCALE): LocaleToneWords {
  const content = toneContent(locale);
  return content.locale === DEFAULT_TONE_LOCALE || content.words === undefined
    ? toneWords
    : (content.words as LocaleToneWords);
}

/** Fills `{name}` placeholders; unknown names are left as-is so a typo stays visible. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
