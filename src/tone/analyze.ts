import {
  logOdds,
  messageFeatures,
  SHIPPED_MODEL,
  strongestFeatures,
  unpackWeights,
  verdict,
  type ModelVerdict,
  type ModelWeights,
} from './model';
import { toneContent } from './locale-content';
import { readingLocale, readSentences, type SentenceReading } from './read-sentences';
import { resolveOverlaps } from './resolve';
import { hasJab } from './jabs';
import { carriesContent, keepFacts, leaveOut } from './rules/restate';
import { rewriteSentence } from './rules/sentence-rewrites';
import { soften } from './soften';
import type { Candidate } from './rule-kit';
import { CATEGORY_IDS } from './categories';
import type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';
import { toneWordsFor } from './words';

export type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';

// A draft this loaded is better set aside for a moment than polished phrase by phrase.
const HEAVY_FINDINGS = 4;
const HEAVY_CATEGORIES = 3;

/**
 * The trained models have the last word. A rule's findings stand when the sentence model agrees
 * the sentence is pointed, so a word taken out of context ("the traffic was ridiculous, sorry
 * she was late") passes, unless the rule is sure (a phrase rule that flags on its own). A jab
 * worded in a way no rule foresaw is caught when the sentence model and the message model
 * together find it pointed (see `thresholds` in model.ts): the whole sentence is flagged under the
 * category it most resembles, with that category's reason, since the models cannot know which
 * words to change. A sentence in a letter's formal register (`formal`), or one asking to meet
 * (`asksToMeet`), is never flagged by the models alone. Returns each sentence's findings.
 */
function judge(
  readings: readonly SentenceReading[],
  sentenceFeatures: readonly ReadonlySet<string>[],
  model: ModelWeights | null,
  verdicts: (ModelVerdict | undefined)[] = [],
): Candidate[][] {
  if (model === null) return readings.map((r) => r.candidates);
  const out: Candidate[][] = readings.map(() => []);
  const unexplained: { index: number; probability: number; category: ToneCategory }[] = [];
  readings.forEach(({ sentence, candidates, formal, asksToMeet }, i) => {
    const v = (verdicts[i] ??= verdict(sentenceFeatures[i]!, model.sentence, model.categories));
    if (candidates.length > 0) {
      const agreed = v.probability >= model.thresholds.rule;
      out[i]!.push(...candidates.filter((c) => agreed || c.sure === true));
      return;
    }
    const end = sentence.text.replace(/[\s.!?…]+$/, '').length;
    if (end > 0 && !formal && !asksToMeet && v.probability >= model.thresholds.sentence)
      unexplained.push({ index: i, ...v });
  });
  if (unexplained.length > 0) {
    const whole = messageFeatures(sentenceFeatures);
    const message = logOdds(verdict(whole, model.message, model.categories).probability);
    for (const { index, category, probability } of unexplained) {
      if (logOdds(probability) + message >= model.thresholds.together) {
        const { sentence } = readings[index]!;
        out[index]!.push({
          start: sentence.start,
          end: sentence.start + sentence.text.replace(/[\s.!?…]+$/, '').length,
          category,
          features: strongestFeatures(sentenceFeatures[index]!, model.sentence),
        });
      }
    }
  }
  return out;
}

const sentenceFeaturesOf = (readings: readonly SentenceReading[]) =>
  readings.map((r) => r.features);

const localeModels = new Map<string, ModelWeights | null>();

/** A language's own trained model, read from its weights file once. */
function localeModel(locale: string): ModelWeights | null {
  if (!localeModels.has(locale)) {
    const file = toneContent(locale).model;
    localeModels.set(locale, file && unpackWeights(file));
  }
  return localeModels.get(locale) ?? null;
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
        : localeModel(locale)
      : options.model;
  const words = toneWordsFor(locale);
  const sentenceFeatures = sentenceFeaturesOf(readings);
  const verdicts: (ModelVerdict | undefined)[] = [];
  const candidates = judge(readings, sentenceFeatures, model, verdicts).flat();
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

  offerRewrites(
    text,
    { readings, sentenceFeatures, verdicts, model, locale: options.locale },
    toOriginal,
    findings,
  );

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

// Harsh words this rule finds may be dropped when they stand before a noun (see soften.ts).
const JUDGEMENT_RULE = 'loaded-judgement/judgement-rule';

const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** What a rewrite is checked against: the message as the coach read it. */
interface Context {
  readings: SentenceReading[];
  sentenceFeatures: ReadonlySet<string>[];
  /** The sentence model's verdict on each sentence, as judged. */
  verdicts: (ModelVerdict | undefined)[];
  model: ModelWeights | null;
  locale: string | undefined;
}

const comparable = (words: string) => words.toLowerCase().replace(/[’']/g, '').trim();

/**
 * What the coach would still find in sentence `index` of the message if it read `replacement`
 * there instead, with every other sentence as it is (the message model reads them all).
 */
function stillFound(
  context: Context,
  index: number,
  replacement: string,
): { words: string; category: ToneCategory }[] {
  const { readings, sentenceFeatures, verdicts, model, locale } = context;
  const fresh = readSentences(replacement, locale).readings;
  const all = [...readings.slice(0, index), ...fresh, ...readings.slice(index + 1)];
  const feats = [
    ...sentenceFeatures.slice(0, index),
    ...sentenceFeaturesOf(fresh),
    ...sentenceFeatures.slice(index + 1),
  ];
  const known = [
    ...verdicts.slice(0, index),
    ...fresh.map(() => undefined),
    ...verdicts.slice(index + 1),
  ];
  return judge(all, feats, model, known)
    .slice(index, index + fresh.length)
    .flat()
    .map((c) => {
      const r = fresh.find(
        (f) => c.start >= f.sentence.start && c.end <= f.sentence.start + f.sentence.raw.length,
      );
      const words = r
        ? r.sentence.raw.slice(c.start - r.sentence.start, c.end - r.sentence.start)
        : '';
      return { words: comparable(words), category: c.category };
    });
}

/**
 * Gives each finding its one-click rewrite: the rule's own words where it has them, otherwise a
 * rewrite of the whole sentence where its shape allows one, otherwise the sentence with the heat
 * taken out (soften.ts). A rewrite is offered only if the coach, reading the message with it,
 * finds nothing new in that sentence, and the sentence keeps no jab (the word class "jab");
 * otherwise the finding carries the category's advice in words.
 */
function offerRewrites(
  text: string,
  context: Context,
  toOriginal: (offset: number) => number,
  findings: ToneFinding[],
): void {
  const { locale } = context;
  const english = readingLocale(locale) === 'en';
  context.readings.forEach(({ sentence }, index) => {
    const from = toOriginal(sentence.start);
    const to = toOriginal(sentence.start + sentence.raw.length);
    const inside = findings.filter((f) => f.start >= from && f.end <= to);
    if (inside.length === 0) return;
    const typed = text.slice(from, to);
    // The rules' own rewrites stand when the sentence they leave together keeps no jab and
    // holds no finding but those of the words they leave alone, whose advice speaks for them.
    const ruled = inside.filter((f) => f.suggestion !== undefined);
    // The sentence with the rules' rewrites in, when what is left needs more than they did
    // ("READ HIS IEP" lowered is still an order): the whole-sentence rewrites start from it.
    let partial: string | undefined;
    if (ruled.length > 0) {
      const untouched = inside.filter((f) => f.suggestion === undefined);
      let after = typed;
      for (const f of [...ruled].reverse())
        after = after.slice(0, f.start - from) + f.suggestion! + after.slice(f.end - from);
      const still = stillFound(context, index, after);
      const found = new Set(still.map((f) => f.words));
      // Words left alone may keep a jab only while they are still found (their advice stands).
      let masked = after;
      let shift = 0;
      for (const f of inside) {
        const at = f.start - from + shift;
        const length = f.suggestion?.length ?? f.end - f.start;
        if (f.suggestion === undefined && found.has(comparable(f.text)))
          masked = masked.slice(0, at) + ' '.repeat(length) + masked.slice(at + length);
        shift += length - (f.end - f.start);
      }
      const kept = new Set(untouched.map((f) => comparable(f.text)));
      if (hasJab(masked, locale) || [...found].some((words) => !kept.has(words))) {
        for (const f of ruled) delete f.suggestion;
        partial = after;
      } else if (ruled.length === 1) {
        const f = ruled[0]!;
        f.rewrite = { start: f.start, end: f.end, text: f.suggestion! };
      } else {
        // Several rewrites in one sentence are one click, so none is left half done.
        const start = ruled[0]!.start;
        const end = ruled.at(-1)!.end;
        const rewrite = { start, end, text: after.slice(start - from, after.length - (to - end)) };
        for (const f of ruled) f.rewrite = rewrite;
      }
    }
    const bare = inside.filter((f) => f.rewrite === undefined);
    if (bare.length === 0 || !english) return;
    const clean = (sentence: string) =>
      sentence.trim() === '' ||
      (!hasJab(sentence, locale) && stillFound(context, index, sentence).length === 0);
    const categories = inside.map((f) => f.category);
    const harsh = inside
      .filter((f) => f.rule === JUDGEMENT_RULE)
      .map((f) => ({ start: f.start - from, end: f.end - from }));
    const attempts = [
      () => rewriteSentence(typed, categories),
      () => soften(typed, harsh, locale),
      // What is left was judged afresh, so any whole-sentence rewrite may apply to it.
      () => partial && rewriteSentence(partial, CATEGORY_IDS),
      () => partial && soften(partial, [], locale),
      () => keepFacts(typed),
      () => partial && keepFacts(partial),
      () =>
        leaveOut(
          typed,
          categories,
          // Sentences that stay: what the message still says without this one.
          context.readings
            .map((r) => r.sentence)
            .filter(
              (o, i) =>
                i !== index &&
                (carriesContent(o.raw) ||
                  !findings.some(
                    (f) =>
                      f.start >= toOriginal(o.start) && f.end <= toOriginal(o.start + o.raw.length),
                  )),
            )
            .map((o) => o.raw),
          context.readings.filter((_, i) => i !== index).map((r) => r.sentence.raw),
        ),
    ];
    let whole: string | undefined;
    for (const attempt of attempts) {
      const candidate = attempt();
      if (candidate !== undefined && clean(candidate)) {
        whole = candidate;
        break;
      }
    }
    if (whole === undefined) return;
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
  });
  for (const f of findings) {
    if (f.rewrite === undefined)
      f.advice = toneWordsFor(readingLocale(locale)).categories[f.category].tryInstead;
  }
}
