import {
  features,
  logOdds,
  messageFeatures,
  SHIPPED_MODEL,
  strongestFeatures,
  verdict,
  type ModelWeights,
} from './model';
import { readingLocale, readSentences, type SentenceReading } from './read-sentences';
import { resolveOverlaps } from './resolve';
import { hasJab } from './jabs';
import { rewriteSentence } from './rules/sentence-rewrites';
import type { Candidate } from './rule-kit';
import type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';
import { toneWords } from './words';

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
  const sentenceFeatures = readings.map((r) => features(r.sentence.text, r.ruleIds));
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
  /** The language of the text: its rules in content/<locale>/tone/, English if it has none. */
  locale?: string;
  /** False to skip offering whole-sentence rewrites (used to check a rewrite reads clean). */
  rewrites?: boolean;
}

export function analyzeTone(text: string, options: AnalyzeOptions = {}): ToneReport {
  const { readings, toOriginal } = readSentences(text, options.locale);
  // The shipped models learned English; another language's rules speak for themselves.
  const model =
    options.model === undefined
      ? readingLocale(options.locale) === 'en'
        ? SHIPPED_MODEL
        : null
      : options.model;
  const candidates =
    model === null ? readings.flatMap((r) => r.candidates) : judge(readings, model);
  const strengths: ToneStrength[] = [];
  for (const reading of readings) {
    for (const s of reading.strengths) {
      strengths.push({
        ...s,
        start: toOriginal(s.start),
        end: toOriginal(s.end),
        message: toneWords.strengths[s.kind],
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
      message: toneWords.categories[c.category].reason,
    };
    if (c.suggestion !== undefined) finding.suggestion = c.suggestion;
    if (c.rule !== undefined) finding.rule = c.rule;
    if (c.features !== undefined) finding.features = c.features;
    return finding;
  });

  if (options.rewrites !== false) offerRewrites(text, readings, toOriginal, findings, options);

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

const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Gives each finding its one-click rewrite: the rule's own words where it has them, otherwise a
 * rewrite of the whole sentence where its shape allows one. A rewrite is offered only if the
 * sentence it leaves reads clean and keeps no jab (the word class "jab"); otherwise the finding
 * carries the category's advice in words.
 */
function offerRewrites(
  text: string,
  readings: SentenceReading[],
  toOriginal: (offset: number) => number,
  findings: ToneFinding[],
  options: AnalyzeOptions,
): void {
  const english = readingLocale(options.locale) === 'en';
  const clean = (sentence: string) =>
    sentence.trim() === '' ||
    (!hasJab(sentence, options.locale) &&
      analyzeTone(sentence, { ...options, rewrites: false }).findings.length === 0);
  for (const { sentence } of readings) {
    const from = toOriginal(sentence.start);
    const to = toOriginal(sentence.start + sentence.raw.length);
    const inside = findings.filter((f) => f.start >= from && f.end <= to);
    if (inside.length === 0) continue;
    const typed = text.slice(from, to);
    // The rules' own rewrites stand when the sentence they leave together keeps no jab. Words a
    // finding with no rewrite covers are left out of that check: its advice speaks for them.
    const ruled = inside.filter((f) => f.suggestion !== undefined);
    if (ruled.length > 0) {
      let after = typed;
      for (const f of [...inside].reverse()) {
        const words = f.suggestion ?? ' '.repeat(f.end - f.start);
        after = after.slice(0, f.start - from) + words + after.slice(f.end - from);
      }
      if (hasJab(after, options.locale)) for (const f of ruled) delete f.suggestion;
      else for (const f of ruled) f.rewrite = { start: f.start, end: f.end, text: f.suggestion! };
    }
    const bare = inside.filter((f) => f.rewrite === undefined);
    if (bare.length === 0 || !english) continue;
    const whole = rewriteSentence(
      typed,
      inside.map((f) => f.category),
    );
    if (whole === undefined || !clean(whole)) continue;
    let start = from;
    let end = to;
    if (whole === '') {
      // Removing a sentence takes the space after it (or before it, at the end) along.
      const after = /^\s+/.exec(text.slice(end))?.[0].length ?? 0;
      if (after > 0) end += after;
      else start -= /\s+$/.exec(text.slice(0, start))?.[0].length ?? 0;
    }
    // One click rewrites the sentence, so every finding in it carries the same rewrite.
    for (const f of inside) {
      if (f.rewrite && !overlapping(f, { start, end })) continue;
      f.rewrite = { start, end, text: whole };
    }
  }
  for (const f of findings) {
    if (f.rewrite === undefined) f.advice = toneWords.categories[f.category].tryInstead;
  }
}
