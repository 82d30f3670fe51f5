import {
  features,
  logOdds,
  messageFeatures,
  SHIPPED_MODEL,
  strongestFeatures,
  verdict,
  type ModelWeights,
} from './model';
import { toneContent } from './locale-content';
import { readingLocale, readSentences, type SentenceReading } from './read-sentences';
import { resolveOverlaps } from './resolve';
import type { Candidate } from './rule-kit';
import type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';
import { toneWordsFor } from './words';

export type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';

// A draft this loaded is better set aside for a moment than polished phrase by phrase.
const HEAVY_FINDINGS = 4;
const HEAVY_CATEGORIES = 3;

/**
 * The trained models have the last word. A rule's findings stand when the sentence model agrees
 * the sentence is pointed, so a word taken out of context ("the traffic was ridiculous, sorry
 * she was late") passes. A jab worded in a way no rule foresaw is caught when the sentence model
 * and the message model together find it pointed (see `thresholds` in model.ts): the whole
 * sentence is flagged under the category it most resembles, with that category's reason and no
 * rewrite, since the models cannot know which words to change.
 */
function judge(readings: SentenceReading[], model: ModelWeights): Candidate[] {
  const out: Candidate[] = [];
  const unexplained: {
    start: number;
    end: number;
    probability: number;
    category: ToneCategory;
    features: ReadonlySet<string>;
  }[] = [];
  const sentenceFeatures = readings.map((r) => features(r.sentence.text, r.ruleIds, model.locale));
  readings.forEach(({ sentence, candidates }, i) => {
    const v = verdict(sentenceFeatures[i]!, model.sentence, model.categories);
    if (candidates.length > 0) {
      if (v.probability >= model.thresholds.rule) out.push(...candidates);
      return;
    }
    const end = sentence.text.replace(/[\s.!?…]+$/, '').length;
    if (end > 0 && v.probability >= model.thresholds.sentence)
      unexplained.push({
        start: sentence.start,
        end: sentence.start + end,
        ...v,
        features: sentenceFeatures[i]!,
      });
  });
  if (unexplained.length > 0) {
    const whole = messageFeatures(sentenceFeatures);
    const message = logOdds(verdict(whole, model.message, model.categories).probability);
    for (const { start, end, category, probability, features: feats } of unexplained) {
      if (logOdds(probability) + message >= model.thresholds.together) {
        out.push({ start, end, category, features: strongestFeatures(feats, model.sentence) });
      }
    }
  }
  return out;
}

export interface AnalyzeOptions {
  /** Other models (training and evaluation), or null for the rules alone. */
  model?: ModelWeights | null;
  /**
   * The language of the text: its rules in content/<locale>/tone/, English if it has none. A
   * language other than English must be loaded first (`loadToneLocale`).
   */
  locale?: string;
}

export function analyzeTone(text: string, options: AnalyzeOptions = {}): ToneReport {
  const { readings, toOriginal } = readSentences(text, options.locale);
  // Each language's own trained model; a language with none has its rules speak for themselves.
  const locale = readingLocale(options.locale);
  const model =
    options.model === undefined
      ? locale === 'en'
        ? SHIPPED_MODEL
        : toneContent(locale).model
      : options.model;
  const words = toneWordsFor(locale);
  const candidates =
    model === null ? readings.flatMap((r) => r.candidates) : judge(readings, model);
  const strengths: ToneStrength[] = [];
  for (const reading of readings) {
    for (const s of reading.strengths) {
      strengths.push({
        ...s,
        start: toOriginal(s.start),
        end: toOriginal(s.end),
        message: words.strengths[s.kind],
      });
    }
  }

  const findings: ToneFinding[] = resolveOverlaps(candidates).map((c) => {
    const start = toOriginal(c.start);
    const end = toOriginal(c.end);
    const finding: ToneFinding = {
      category: c.category,
      start,
      end,
      text: text.slice(start, end),
      message: words.categories[c.category].reason,
    };
    if (c.suggestion !== undefined) finding.suggestion = c.suggestion;
    if (c.rule !== undefined) finding.rule = c.rule;
    if (c.features !== undefined) finding.features = c.features;
    return finding;
  });

  // A "thank you" inside a sarcastic line is not a strength.
  const genuine = strengths.filter(
    (s) => !findings.some((f) => f.start < s.end && s.start < f.end),
  );
  const categories = new Set(findings.map((f) => f.category));
  return {
    findings,
    strengths: genuine,
    verdict: findings.length === 0 ? 'ready' : 'revise',
    heavy: findings.length >= HEAVY_FINDINGS || categories.size >= HEAVY_CATEGORIES,
  };
}
