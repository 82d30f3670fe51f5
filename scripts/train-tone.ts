// Trains the tone coach's two models (sentence and message), one pair per language:
// `npx tsx scripts/train-tone.ts` (every language), `--lang es` (one). English reads the labelled
// messages in tests/tone/corpus.jsonl, tests/tone/more/ and tests/tone/authors/ and writes
// src/tone/model-weights.json; another language reads tests/tone/<locale>/authors/ (and
// tests/tone/<locale>/more/, if any) and writes src/tone/model-weights.<locale>.json.
// `--evaluate` also trains once per file in an authors/ folder with that file left out and scores
// the whole coach on it: each of those files comes from a writer who never saw the coach, so this
// is the best estimate of how it does on messages from a writer it has never read.
//
// Deterministic: examples are shuffled by a fixed seed, weights start at zero and nothing else
// is random, so the same messages always give the same file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { analyzeTone } from '../src/tone/analyze';
import { category, CATEGORY_IDS, FALLBACK_CATEGORY, isCategory } from '../src/tone/categories';
import { DEFAULT_TONE_LOCALE, toneLocales } from '../src/tone/locale-content';
import {
  messageFeatures,
  packWeights,
  sigmoid,
  type LinearModel,
  type ModelWeights,
} from '../src/tone/model';
import { readSentences } from '../src/tone/read-sentences';
import type { ToneCategory } from '../src/tone/types';

export interface Labelled {
  text: string;
  flagged: boolean;
  /** Category ids; a flagged message may also carry one of UNNAMED_KIND_LABELS. */
  categories: string[];
}

const CATEGORIES = [...CATEGORY_IDS];

/**
 * Labels a labelled set may use for a flagged message whose kind its writer did not name
 * (tests/tone/es/authors/README.md: "pointed", a jab that fits no one category). Such a message
 * is learned as flagged, under the first category it also names, or the fallback category.
 */
export const UNNAMED_KIND_LABELS: readonly string[] = ['pointed'];

/** The index in CATEGORIES a flagged message is learned under. */
function categoryIndex(labels: readonly string[]): number {
  if (labels.length === 0) return 0;
  const named = labels.find(isCategory);
  return CATEGORIES.indexOf(named ?? FALLBACK_CATEGORY);
}

interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** A feature must appear in at least this many sentences to be learned at all. */
  minCount: number;
  /** How many features each shipped model keeps (the strongest, by weight). */
  keep: number;
  /** Rounds of choosing which sentence of a flagged message is the one that made it so. */
  rounds: number;
}

// `keep` and `l2` were chosen on writers left out (the authors/ files, and each writer of the 2026
// tuning half in turn): 1500 features at 3e-4 score as well there as 3000 at 1e-4, in half the
// bundle.
const DEFAULTS: TrainOptions = {
  epochs: 12,
  learningRate: 0.1,
  l2: 3e-4,
  minCount: 2,
  keep: 1500,
  rounds: 3,
};

/**
 * Chosen on the leave-one-writer-out figures `--evaluate` prints, as the values that keep
 * precision and recall both highest for writers the models have not read.
 */
const THRESHOLDS: Record<string, ModelWeights['thresholds']> = {
  en: { rule: 0.15, sentence: 0.3, together: 1.75 },
};
const thresholdsFor = (locale: string) => THRESHOLDS[locale] ?? THRESHOLDS.en!;

const TONE = fileURLToPath(new URL('../tests/tone/', import.meta.url));
const CORPUS = `${TONE}corpus.jsonl`;
const MORE = `${TONE}more/`;
const AUTHORS = `${TONE}authors/`;
// The 2026 sets (tests/tone/held-out-2026/README.md): their held-out half, scored blind once,
// joined the tuning half, and all of it is learned from.
const TUNING_2026 = `${TONE}held-out-2026/tuning/`;
const weightsPath = (locale: string) =>
  fileURLToPath(
    new URL(
      `../src/tone/model-weights${locale === DEFAULT_TONE_LOCALE ? '' : `.${locale}`}.json`,
      import.meta.url,
    ),
  );
const IS_WEIGHTS = /[\\/]model-weights(?:\.[\w-]+)?\.json$/;

export function load(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

interface LabelledSet {
  name: string;
  messages: Labelled[];
}

const setsIn = (folder: string, prefix: string): LabelledSet[] =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ name: `${prefix}${f}`, messages: load(folder + f) }));

/**
 * Every labelled file the models of `locale` learn from, by name. Each file in authors/ is by a
 * writer who never saw the coach, one voice each.
 */
export function trainingSets(locale: string = DEFAULT_TONE_LOCALE): LabelledSet[] {
  if (locale !== DEFAULT_TONE_LOCALE) {
    const dir = `${TONE}${locale}/`;
    return [
      ...(existsSync(`${dir}more/`) ? setsIn(`${dir}more/`, 'more/') : []),
      ...setsIn(`${dir}authors/`, 'authors/'),
    ];
  }
  return [
    { name: 'corpus.jsonl', messages: load(CORPUS) },
    ...setsIn(MORE, 'more/'),
    ...setsIn(AUTHORS, 'authors/'),
    // Two of its three files are all calm, so they are learned (and scored) as one set.
    {
      name: 'held-out-2026/tuning/',
      messages: setsIn(TUNING_2026, '').flatMap((s) => s.messages),
    },
  ];
}

/** Languages with labelled messages to train on: English and each tests/tone/<locale>/authors. */
export function trainedLocales(): string[] {
  return [
    DEFAULT_TONE_LOCALE,
    ...toneLocales().filter((l) => l !== DEFAULT_TONE_LOCALE && existsSync(`${TONE}${l}/authors/`)),
  ];
}

interface Message {
  flagged: boolean;
  category: number;
  sentences: string[][];
  whole: string[];
}

interface Example {
  feats: string[];
  label: 0 | 1;
}

interface Weights {
  w: Map<string, number>;
  bias: number;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function score(model: Weights, feats: string[]): number {
  let z = model.bias;
  for (const f of feats) z += model.w.get(f) ?? 0;
  return z;
}

/**
 * The coach's own rewrites, as calm messages, so a parent who accepts one is not then told the
 * sentence they accepted is pointed. Only one-sentence messages where the rules found every kind
 * of problem the label names, each finding with a rewrite that changes the words (not a shout
 * lowered): applying them all leaves nothing pointed behind.
 */
function acceptedRewrites(messages: Labelled[], locale: string): Labelled[] {
  const out: Labelled[] = [];
  for (const m of messages) {
    if (!m.flagged || readSentences(m.text, locale).readings.length !== 1) continue;
    const { findings } = analyzeTone(m.text, { model: null, locale });
    const found = new Set(findings.map((f) => f.category));
    // Lowering a shout changes how loud a sentence is, not what it says, so those are left out.
    if (
      [...found].some((c) => category(c).form === 'capitals-or-stacked-marks') ||
      m.categories.some((c) => !found.has(c as ToneCategory))
    )
      continue;
    if (findings.some((f) => f.suggestion === undefined)) continue;
    let text = m.text;
    for (const f of [...findings].reverse()) {
      text = text.slice(0, f.start) + f.suggestion! + text.slice(f.end);
    }
    if (analyzeTone(text, { model: null, locale }).findings.length === 0) {
      out.push({ text, flagged: false, categories: [] });
    }
  }
  return out;
}

function prepare(labelled: Labelled[], locale: string): Message[] {
  const messages = [...labelled, ...acceptedRewrites(labelled, locale)];
  return messages.map((m) => {
    // Exactly what the analyzer computes: one feature list per sentence, and their union.
    const sentences = readSentences(m.text, locale).readings.map((r) => r.features);
    return {
      flagged: m.flagged,
      category: categoryIndex(m.categories),
      sentences: sentences.map((feats) => [...feats]),
      whole: [...messageFeatures(sentences)],
    };
  });
}

/**
 * Sentences to learn from. Every sentence of a calm message is calm. A flagged message only says
 * that some sentence in it is not; the first round takes the whole message as that sentence,
 * later rounds the sentence the previous round found most pointed.
 */
function examples(messages: Message[], previous: Weights | undefined): Example[] {
  const out: Example[] = [];
  for (const m of messages) {
    if (!m.flagged) {
      for (const feats of m.sentences) out.push({ feats, label: 0 });
    } else if (m.sentences.length <= 1 || !previous) {
      out.push({ feats: m.whole, label: 1 });
    } else {
      const ranked = m.sentences.map((feats) => ({ feats, z: score(previous, feats) }));
      ranked.sort((a, b) => b.z - a.z);
      out.push({ feats: ranked[0]!.feats, label: 1 });
    }
  }
  return out;
}

/** Logistic regression by SGD in a fixed shuffled order, flagged examples weighted to balance. */
function fit(data: Example[], options: TrainOptions, allowed: (f: string) => boolean): Weights {
  const rows = data.map((e) => ({ feats: e.feats.filter(allowed), label: e.label }));
  const positives = rows.filter((r) => r.label === 1).length;
  const balance = (rows.length - positives) / Math.max(1, positives);
  const model: Weights = { w: new Map(), bias: 0 };
  const order = rows.map((_, i) => i);
  let seed = 20261124;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const i of order) {
      const row = rows[i]!;
      const g = (sigmoid(score(model, row.feats)) - row.label) * (row.label ? balance : 1);
      model.bias -= rate * g;
      for (const f of row.feats) {
        const old = model.w.get(f) ?? 0;
        model.w.set(f, old - rate * (g + options.l2 * old));
      }
    }
  }
  return model;
}

function fitRounds(
  messages: Message[],
  options: TrainOptions,
  allowed: (f: string) => boolean,
): Weights {
  let model: Weights | undefined;
  for (let round = 0; round < options.rounds; round++) {
    model = fit(examples(messages, model), options, allowed);
  }
  return model!;
}

/** Fits on everything seen often enough, keeps the strongest features, then refits on those. */
function pruned(
  fitWith: (allowed: (f: string) => boolean) => Weights,
  counts: Map<string, number>,
  options: TrainOptions,
): { weights: Weights; kept: Set<string> } {
  const first = fitWith((f) => (counts.get(f) ?? 0) >= options.minCount);
  const kept = new Set(
    [...first.w.entries()]
      .sort(([a, x], [b, y]) => Math.abs(y) - Math.abs(x) || byName(a, b))
      .slice(0, options.keep)
      .map(([f]) => f),
  );
  return { weights: fitWith((f) => kept.has(f)), kept };
}

function pack(
  messages: Message[],
  { weights, kept }: { weights: Weights; kept: Set<string> },
): LinearModel {
  // Each feature's category: the one it turns up with most among flagged messages.
  const seen = new Map<string, number[]>();
  for (const m of messages) {
    if (!m.flagged) continue;
    for (const f of m.whole) {
      if (!kept.has(f)) continue;
      const row = seen.get(f) ?? CATEGORIES.map(() => 0);
      row[m.category]!++;
      seen.set(f, row);
    }
  }
  const names = [...kept].sort(byName);
  return {
    bias: Math.round(weights.bias * 100),
    features: names.join('|'),
    weights: names.map((f) => Math.round((weights.w.get(f) ?? 0) * 100)).join(' '),
    featureCategories: names
      .map((f) => {
        const row = seen.get(f);
        return row ? row.indexOf(Math.max(...row)) : 0;
      })
      .join(''),
  };
}

export function train(
  labelled: Labelled[],
  options: TrainOptions = DEFAULTS,
  locale: string = DEFAULT_TONE_LOCALE,
): ModelWeights {
  const messages = prepare(labelled, locale);
  const sentenceCounts = new Map<string, number>();
  const messageCounts = new Map<string, number>();
  for (const m of messages) {
    for (const s of m.sentences)
      for (const f of s) sentenceCounts.set(f, (sentenceCounts.get(f) ?? 0) + 1);
    for (const f of m.whole) messageCounts.set(f, (messageCounts.get(f) ?? 0) + 1);
  }
  const wholeMessages: Example[] = messages.map((m) => ({
    feats: m.whole,
    label: m.flagged ? 1 : 0,
  }));
  return {
    // English's file predates languages and reads English without saying so.
    ...(locale === DEFAULT_TONE_LOCALE ? {} : { locale }),
    categories: CATEGORIES,
    sentence: pack(
      messages,
      pruned((allowed) => fitRounds(messages, options, allowed), sentenceCounts, options),
    ),
    message: pack(
      messages,
      pruned((allowed) => fit(wholeMessages, options, allowed), messageCounts, options),
    ),
    thresholds: thresholdsFor(locale),
  };
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * How the whole coach (rules and `model`, by default the shipped one) does on labelled messages
 * in `locale`.
 */
export function tally(
  messages: Labelled[],
  model?: ModelWeights | null,
  locale: string = DEFAULT_TONE_LOCALE,
): Tally {
  const t: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const m of messages) {
    const flagged = analyzeTone(m.text, { model, locale }).findings.length > 0;
    if (flagged && m.flagged) t.truePositives++;
    else if (flagged) t.falsePositives++;
    else if (m.flagged) t.falseNegatives++;
  }
  return t;
}

export const precision = (t: Tally) => t.truePositives / (t.truePositives + t.falsePositives || 1);
export const recall = (t: Tally) => t.truePositives / (t.truePositives + t.falseNegatives || 1);

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * A hash of everything training for `locale` reads: the labelled sets, the analyzer whose rules
 * give the features (and, for a language other than English, its rule files), and this trainer.
 * The weights carry it, so a test can tell that they are stale without retraining.
 */
export function trainingInputsHash(locale: string = DEFAULT_TONE_LOCALE): string {
  const analyzer = filesUnder(fileURLToPath(new URL('../src/tone/', import.meta.url))).filter(
    (file) => !IS_WEIGHTS.test(file),
  );
  const labelled =
    locale === DEFAULT_TONE_LOCALE
      ? [CORPUS, ...filesUnder(MORE), ...filesUnder(AUTHORS), ...filesUnder(TUNING_2026)]
      : [
          // The labelled messages, not the notes beside them.
          ...filesUnder(`${TONE}${locale}/`).filter((file) => file.endsWith('.jsonl')),
          ...filesUnder(fileURLToPath(new URL(`../content/${locale}/tone/`, import.meta.url))),
        ];
  const files = [...labelled, ...analyzer, fileURLToPath(import.meta.url)].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(ROOT, file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The weights file of `locale` as committed: trained on every set, formatted the way the repo
 * formats JSON.
 */
export async function weightsFile(
  locale: string = DEFAULT_TONE_LOCALE,
): Promise<{ text: string; model: ModelWeights; path: string }> {
  const model = {
    inputs: trainingInputsHash(locale),
    ...train(
      trainingSets(locale).flatMap((s) => s.messages),
      DEFAULTS,
      locale,
    ),
  };
  const path = weightsPath(locale);
  const options = (await resolveConfig(path)) ?? {};
  const text = await format(JSON.stringify(packWeights(model)), { ...options, filepath: path });
  return { text, model, path };
}

/**
 * Trains without each author's file in turn and scores the coach on it, pooled over all of them:
 * how the coach does on writers it has never read.
 */
export function leaveOneWriterOut(
  report: (name: string, t: Tally) => void = () => {},
  locale: string = DEFAULT_TONE_LOCALE,
): Tally {
  const sets = trainingSets(locale);
  const pooled: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const held of sets.filter((s) => s.name.startsWith('authors/'))) {
    const model = train(
      sets.filter((s) => s !== held).flatMap((s) => s.messages),
      DEFAULTS,
      locale,
    );
    const t = tally(held.messages, model, locale);
    pooled.truePositives += t.truePositives;
    pooled.falsePositives += t.falsePositives;
    pooled.falseNegatives += t.falseNegatives;
    report(held.name, t);
  }
  return pooled;
}

export const figures = (t: Tally) =>
  `precision ${precision(t).toFixed(3)}, recall ${recall(t).toFixed(3)}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lang = process.argv.indexOf('--lang');
  const locales = lang >= 0 ? [process.argv[lang + 1] ?? ''] : trainedLocales();
  for (const locale of locales) {
    if (!trainedLocales().includes(locale)) {
      console.error(
        `train-tone: no labelled messages for "${locale}" (${trainedLocales().join(', ')})`,
      );
      process.exit(2);
    }
    const { text, model, path } = await weightsFile(locale);
    writeFileSync(path, text);
    const count = (m: LinearModel) => m.features.split('|').length;
    console.log(
      `${locale}: trained on ${trainingSets(locale).reduce((n, s) => n + s.messages.length, 0)} messages: ` +
        `${count(model.sentence)} sentence and ${count(model.message)} message features`,
    );
    if (process.argv.includes('--evaluate')) {
      const pooled = leaveOneWriterOut(
        (name, t) => console.log(`${name.padEnd(44)} ${figures(t)}`),
        locale,
      );
      console.log(`${'each writer left out in turn, pooled'.padEnd(44)} ${figures(pooled)}`);
    }
  }
}
