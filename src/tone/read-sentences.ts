import type { Rule } from './rule-kit';
import type { Candidate } from './rule-kit';
import { formRules } from './form-rules';
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
import { findStrengths, strengthsOf, type CompiledStrengths, type StrengthSpan } from './strengths';
import { features } from './model';

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
  /** The sentence's features for the trained models (model.ts). */
  features: ReadonlySet<string>;
}

interface Reader {
  rules: CompiledLocale;
  form: Rule[];
  strengths: CompiledStrengths;
}

const compiled = new Map<string, Reader>();

function readerFor(locale: string): Reader {
  const content = toneContent(locale);
  let c = compiled.get(content.locale);
  if (!c) {
    const rules = compileLocale(content);
    // Another language has no code rules; shouting, being about form, works the same in any.
    c = {
      rules,
      form: content.locale === 'en' ? [] : formRules(rules),
      strengths: strengthsOf(content, rules),
    };
    compiled.set(content.locale, c);
  }
  return c;
}

/** The compiled phrase rules that read `locale` (English's when it has none of its own). */
export const compiledFor = (locale: string): CompiledLocale => readerFor(locale).rules;

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
  const { rules, form, strengths } = readerFor(locale ?? 'en');
  const english = rules.locale === 'en';
  const { text: repaired, toOriginal } = english
    ? normalize(text)
    : { text, toOriginal: (offset: number) => offset };
  const readings = splitSentences(repaired).map((sentence) =>
    remembered(rules.locale, sentence, () => {
      const candidates: Candidate[] = [];
      for (const rule of english ? ENGLISH_CODE_RULES : form) rule(sentence, candidates);
      const hits = ruleHits(rules, sentence);
      phraseCandidates(rules, sentence, hits, candidates);
      const ruleIds = hits.map((h) => h.rule.id);
      const formal = rules.has.formal(sentence.text);
      return {
        sentence,
        candidates,
        ruleIds,
        formal,
        asksToMeet: rules.has.asksToMeet(sentence.text),
        strengths: findStrengths(strengths, sentence),
        features: features(sentence.text, ruleIds, formal, rules.locale),
      };
    }),
  );
  return { readings, toOriginal };
}

// While a parent types, every sentence but one is as it was a keystroke ago: its reading (which
// depends only on it and its neighbours) is kept, and moved to where the sentence now starts.
const READINGS_KEPT = 500;
const kept = new Map<string, SentenceReading>();

function remembered(
  locale: string,
  sentence: Sentence,
  read: () => SentenceReading,
): SentenceReading {
  const key = [locale, sentence.previous, sentence.raw, sentence.text, sentence.next].join(
    '\u0001',
  );
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return moved(found, sentence);
  }
  const reading = read();
  kept.set(key, reading);
  if (kept.size > READINGS_KEPT) kept.delete(kept.keys().next().value!);
  return reading;
}

function moved(reading: SentenceReading, sentence: Sentence): SentenceReading {
  const by = sentence.start - reading.sentence.start;
  const shift = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + by,
    end: span.end + by,
  });
  return {
    ...reading,
    sentence,
    candidates: reading.candidates.map((c) => {
      const candidate = shift(c);
      if (c.wide) candidate.wide = shift(c.wide);
      return candidate;
    }),
    strengths: reading.strengths.map(shift),
  };
}

/** Forgets the readings kept between calls (the benchmark times a first reading with it). */
export function forgetReadings(): void {
  kept.clear();
}
