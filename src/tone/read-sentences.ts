import type { Rule } from './rule-kit';
import type { Candidate } from './rule-kit';
import { toneContent } from './locale-content';
import { normalize } from './normalize';
import { compileLocale, phraseCandidates, ruleHits, type CompiledLocale } from './phrase-rules';
import { absolute } from './rules/absolute';
import { blame } from './rules/blame';
import { demand } from './rules/demand';
import { interrogatingWhy } from './rules/interrogating-why';
import { loadedJudgement } from './rules/loaded-judgement';
import { mindReading } from './rules/mind-reading';
import { sarcasm } from './rules/sarcasm';
import { shouting } from './rules/shouting';
import { threat } from './rules/threat';
import { splitSentences, type Sentence } from './sentences';
import { findStrengths, type StrengthSpan } from './strengths';

// English rules that need more than a phrase pattern (a look at the clause around the match, a
// rewrite built from the words matched). Every other rule is a phrase rule in
// content/<locale>/tone/rules/, which is all another language needs.
const ENGLISH_CODE_RULES: Rule[] = [
  ...threat,
  ...blame,
  ...mindReading,
  ...interrogatingWhy,
  ...sarcasm,
  ...demand,
  ...absolute,
  ...loadedJudgement,
  shouting,
];

/** What the rules and the strength patterns see in one sentence, before the models weigh it. */
export interface SentenceReading {
  sentence: Sentence;
  /** Rule findings, with spans and rewrites; offsets are in the repaired text. */
  candidates: Candidate[];
  /** Ids of the phrase rules whose words are in the sentence: features for the models. */
  ruleIds: string[];
  /**
   * The sentence reads as a formal letter (the word class "formal": a request made in writing, a
   * regulation cited, a deadline the law sets). Firm is not hostile, so the models alone do not
   * flag such a sentence; a rule still can.
   */
  formal: boolean;
  /** The sentence asks to meet or talk (the word class "asks-to-meet"): the calm next step, which the models alone do not flag either. */
  asksToMeet: boolean;
  strengths: StrengthSpan[];
}

const compiled = new Map<string, CompiledLocale>();

function compiledFor(locale: string): CompiledLocale {
  const content = toneContent(locale);
  let c = compiled.get(content.locale);
  if (!c) {
    c = compileLocale(content);
    compiled.set(content.locale, c);
  }
  return c;
}

/** The language whose rules read `locale` (English when it has none of its own). */
export const readingLocale = (locale?: string) => compiledFor(locale ?? 'en').locale;

/**
 * Splits a message into sentences and reads each one. English rules read a copy with
 * apostrophes and capitals repaired ("dont" → "don't"); `toOriginal` maps offsets back to what
 * was typed.
 */
export function readSentences(
  text: string,
  locale?: string,
): {
  readings: SentenceReading[];
  toOriginal: (offset: number) => number;
} {
  const rules = compiledFor(locale ?? 'en');
  const english = rules.locale === 'en';
  const { text: repaired, toOriginal } = english
    ? normalize(text)
    : { text, toOriginal: (offset: number) => offset };
  const readings = splitSentences(repaired).map((sentence) => {
    const candidates: Candidate[] = [];
    if (english) for (const rule of ENGLISH_CODE_RULES) rule(sentence, candidates);
    const hits = ruleHits(rules, sentence);
    phraseCandidates(rules, sentence, hits, candidates);
    return {
      sentence,
      candidates,
      ruleIds: hits.map((h) => h.rule.id),
      formal: rules.has.formal(sentence.text),
      asksToMeet: rules.has.asksToMeet(sentence.text),
      strengths: findStrengths(sentence),
    };
  });
  return { readings, toOriginal };
}
