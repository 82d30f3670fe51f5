import {
  keptVerdict,
  logOdds,
  messageOdds,
  SHIPPED_MODEL,
  strongestFeatures,
  unpackWeights,
  type MessageOdds,
  type ModelWeights,
} from './model';
import { toneContent } from './locale-content';
import {
  forgetReadings,
  readingLocale,
  readSentences,
  type SentenceReading,
} from './read-sentences';
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

/** Where the words of `text` end: before the closing marks and spaces. */
function wordsEnd(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--;
  return end;
}
const TRAILING = /[\s.!?…]/;

/**
 * The trained models have the last word. A rule's findings stand when the sentence model agrees
 * the sentence is pointed, so a word taken out of context ("the traffic was ridiculous, sorry
 * she was late") passes, unless the rule is sure (a phrase rule that flags on its own). A jab
 * worded in a way no rule foresaw is caught when the sentence model and the message model
 * together find it pointed (see `thresholds` in model.ts): the whole sentence is flagged under the
 * category it most resembles, with that category's reason, since the models cannot know which
 * words to change. A sentence in a letter's formal register (`formal`), or one asking to meet
 * (`asksToMeet`), is never flagged by the models alone. Returns the sentence's findings;
 * `message` gives the message model's log-odds, asked only when a sentence needs it.
 */
function judge(
  reading: SentenceReading,
  model: ModelWeights | null,
  message: () => number,
): Candidate[] {
  const { sentence, candidates, formal, asksToMeet, features } = reading;
  if (model === null) return candidates;
  const v = keptVerdict(features, model.sentence, model.categories);
  if (candidates.length > 0) {
    const agreed = v.probability >= model.thresholds.rule;
    return candidates.filter((c) => agreed || c.sure === true);
  }
  if (formal || asksToMeet || v.probability < model.thresholds.sentence) return [];
  const end = wordsEnd(sentence.text);
  if (end === 0 || logOdds(v.probability) + message() < model.thresholds.together) return [];
  return [
    {
      start: sentence.start,
      end: sentence.start + end,
      category: v.category,
      features: strongestFeatures(features, model.sentence),
    },
  ];
}

/** `compute`, worked out the first time it is asked for. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

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
  const sentenceFeatures = readings.map((r) => r.features);
  const odds = model && messageOdds(sentenceFeatures, model.message);
  const message = once(() => odds!.whole());
  const candidates = readings.flatMap((r) => judge(r, model, message));
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

  offerRewrites(text, { readings, odds, model, locale: options.locale }, toOriginal, findings);

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
  /** The message model's view of the message, or null without models. */
  odds: MessageOdds | null;
  model: ModelWeights | null;
  locale: string | undefined;
}

const comparable = (words: string) => words.toLowerCase().replace(/[’']/g, '').trim();

/** The message model's figure for the message with one sentence read as `fresh`. */
interface Consulted {
  fresh: ReadonlySet<string>[];
  odds: number;
}

type Found = { words: string; category: ToneCategory }[];

/**
 * What the coach would still find in sentence `index` of the message if it read `replacement`
 * there instead, with every other sentence as it is (the message model reads them all, and
 * what it made of them goes into `consulted`).
 */
function stillFound(
  context: Context,
  index: number,
  replacement: string,
  consulted: Consulted[],
): Found {
  const { odds, model, locale } = context;
  const fresh = readSentences(replacement, locale).readings;
  const message = once(() => {
    const features = fresh.map((r) => r.features);
    const figure = odds!.replacing(index, features);
    consulted.push({ fresh: features, odds: figure });
    return figure;
  });
  return fresh
    .flatMap((r) => judge(r, model, message))
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

/** A finding as a rewrite is chosen for it: offsets within its sentence. */
interface Inside {
  start: number;
  end: number;
  text: string;
  category: ToneCategory;
  rule?: string;
  suggestion?: string;
}

/** What `chooseRewrites` settles for the findings of one sentence. */
interface Choice {
  /** The rules' own rewrites are withdrawn: the sentence they leave would still read pointed. */
  withdrawn: boolean;
  /** With several rules' rewrites standing, the words that do them all in one click. */
  together?: string;
  /** The whole sentence rewritten ('' to remove it), for findings the rules left bare. */
  whole?: string;
  /** Findings are left bare with no rewrite of the sentence alone: the message may let it go. */
  bare?: true;
}

/**
 * The rewrites of the findings `inside` the sentence `typed` (see `offerRewrites`). `check`
 * says what the coach would still find with a replacement in the sentence's place.
 */
function chooseRewrites(
  typed: string,
  inside: readonly Inside[],
  locale: string | undefined,
  check: (replacement: string) => Found,
): Choice {
  const english = readingLocale(locale) === 'en';
  const to = typed.length;
  const choice: Choice = { withdrawn: false };
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
      after = after.slice(0, f.start) + f.suggestion! + after.slice(f.end);
    const still = check(after);
    const found = new Set(still.map((f) => f.words));
    // Words left alone may keep a jab only while they are still found (their advice stands).
    let masked = after;
    let shift = 0;
    for (const f of inside) {
      const at = f.start + shift;
      const length = f.suggestion?.length ?? f.end - f.start;
      if (f.suggestion === undefined && found.has(comparable(f.text)))
        masked = masked.slice(0, at) + ' '.repeat(length) + masked.slice(at + length);
      shift += length - (f.end - f.start);
    }
    const kept = new Set(untouched.map((f) => comparable(f.text)));
    if (hasJab(masked, locale) || [...found].some((words) => !kept.has(words))) {
      choice.withdrawn = true;
      partial = after;
    } else if (ruled.length > 1) {
      // Several rewrites in one sentence are one click, so none is left half done.
      const start = ruled[0]!.start;
      const end = ruled.at(-1)!.end;
      choice.together = after.slice(start, after.length - (to - end));
    }
  }
  const bare =
    choice.withdrawn || ruled.length === 0 ? inside : inside.filter((f) => !ruled.includes(f));
  if (bare.length === 0 || !english) return choice;
  const clean = (sentence: string) =>
    sentence.trim() === '' || (!hasJab(sentence, locale) && check(sentence).length === 0);
  const categories = inside.map((f) => f.category);
  const harsh = inside
    .filter((f) => f.rule === JUDGEMENT_RULE)
    .map((f) => ({ start: f.start, end: f.end }));
  const attempts = [
    () => rewriteSentence(typed, categories),
    () => soften(typed, harsh, locale),
    // What is left was judged afresh, so any whole-sentence rewrite may apply to it.
    () => partial && rewriteSentence(partial, CATEGORY_IDS),
    () => partial && soften(partial, [], locale),
    () => keepFacts(typed),
    () => partial && keepFacts(partial),
  ];
  for (const attempt of attempts) {
    const candidate = attempt();
    if (candidate !== undefined && clean(candidate)) {
      choice.whole = candidate;
      return choice;
    }
  }
  choice.bare = true;
  return choice;
}

// A sentence's choice is kept, with the figures the message model gave while it was made: while
// a parent types elsewhere, the same sentence with the same findings has the same rewrites as
// long as the message model, asked again, says the same.
const CHOICES_KEPT = 500;
let choices = new WeakMap<ModelWeights, Map<string, { choice: Choice; consulted: Consulted[] }>>();
const choicesWithoutModel = new Map<string, { choice: Choice; consulted: Consulted[] }>();

function keptChoice(
  context: Context,
  index: number,
  typed: string,
  inside: readonly Inside[],
): Choice {
  const { model, odds, locale } = context;
  let kept = model ? choices.get(model) : choicesWithoutModel;
  if (!kept) choices.set(model!, (kept = new Map()));
  const key = [
    locale ?? '',
    typed,
    ...inside.map((f) =>
      [f.start, f.end, f.category, f.rule ?? '', f.suggestion ?? '\u0002'].join('\u0003'),
    ),
  ].join('\u0001');
  const found = kept.get(key);
  if (found && found.consulted.every((c) => odds!.replacing(index, c.fresh) === c.odds)) {
    kept.delete(key);
    kept.set(key, found);
    return found.choice;
  }
  const consulted: Consulted[] = [];
  const choice = chooseRewrites(typed, inside, locale, (replacement) =>
    stillFound(context, index, replacement, consulted),
  );
  kept.set(key, { choice, consulted });
  if (kept.size > CHOICES_KEPT) kept.delete(kept.keys().next().value!);
  return choice;
}

/**
 * Forgets every reading and rewrite kept between calls, so the next call reads its text afresh
 * (the benchmark times a first reading with it; tests compare with it).
 */
export function forgetAnalyses(): void {
  forgetReadings();
  choices = new WeakMap();
  choicesWithoutModel.clear();
}

/**
 * The sentence `typed` (the `index`th) left out, when the rest of the message still says what
 * matters without it: it depends on the other sentences, so it is asked afresh on every call
 * rather than kept with the sentence's choice.
 */
function leftOut(
  context: Context,
  index: number,
  typed: string,
  inside: readonly ToneFinding[],
  findings: readonly ToneFinding[],
  toOriginal: (offset: number) => number,
): string | undefined {
  const others = context.readings.map((r) => r.sentence).filter((_, i) => i !== index);
  const candidate = leaveOut(
    typed,
    inside.map((f) => f.category),
    // Sentences that stay: what the message still says without this one.
    others
      .filter(
        (o) =>
          carriesContent(o.raw) ||
          !findings.some(
            (f) => f.start >= toOriginal(o.start) && f.end <= toOriginal(o.start + o.raw.length),
          ),
      )
      .map((o) => o.raw),
    others.map((o) => o.raw),
  );
  const clean =
    candidate !== undefined &&
    (candidate.trim() === '' ||
      (!hasJab(candidate, context.locale) &&
        stillFound(context, index, candidate, []).length === 0));
  return clean ? candidate : undefined;
}

/** How many spaces end `text`. */
function spacesAtEnd(text: string): number {
  let from = text.length;
  while (from > 0 && SPACE.test(text[from - 1]!)) from--;
  return text.length - from;
}
const SPACE = /\s/;

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
  // Each sentence's findings, in order: those that lie wholly within it.
  const bounds = context.readings.map(({ sentence }) => ({
    from: toOriginal(sentence.start),
    to: toOriginal(sentence.start + sentence.raw.length),
  }));
  const insideOf = bounds.map((): ToneFinding[] => []);
  for (const f of findings) {
    // The last sentence starting at or before the finding, then any before it that still
    // holds it (sentences do not overlap, so at most one does).
    let low = 0;
    let high = bounds.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (bounds[mid]!.from <= f.start) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    for (let k = last; k >= 0 && bounds[k]!.to >= f.end; k--)
      if (f.start >= bounds[k]!.from) insideOf[k]!.push(f);
  }
  insideOf.forEach((inside, index) => {
    if (inside.length === 0) return;
    const { from, to } = bounds[index]!;
    const typed = text.slice(from, to);
    const relative: Inside[] = inside.map((f) => {
      const r: Inside = {
        start: f.start - from,
        end: f.end - from,
        text: f.text,
        category: f.category,
      };
      if (f.rule !== undefined) r.rule = f.rule;
      if (f.suggestion !== undefined) r.suggestion = f.suggestion;
      return r;
    });
    const choice = keptChoice(context, index, typed, relative);
    const ruled = inside.filter((f) => f.suggestion !== undefined);
    if (ruled.length > 0) {
      if (choice.withdrawn) {
        for (const f of ruled) delete f.suggestion;
      } else if (ruled.length === 1) {
        const f = ruled[0]!;
        f.rewrite = { start: f.start, end: f.end, text: f.suggestion! };
      } else {
        const rewrite = { start: ruled[0]!.start, end: ruled.at(-1)!.end, text: choice.together! };
        for (const f of ruled) f.rewrite = rewrite;
      }
    }
    const whole =
      choice.whole ?? (choice.bare && leftOut(context, index, typed, inside, findings, toOriginal));
    if (whole === undefined) return;
    let start = from;
    let end = to;
    if (whole === '') {
      // Removing a sentence takes the space after it (or before it, at the end) along.
      const after = /^\s+/.exec(text.slice(end))?.[0].length ?? 0;
      if (after > 0) end += after;
      else start -= spacesAtEnd(text.slice(0, start));
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
