// Trains the tone coach's backstop model: `npx tsx scripts/train-tone.ts`.
// Reads tests/tone/corpus.jsonl and writes src/features/tone/model-weights.json. Deterministic:
// examples are visited in file order, weights start at zero, folds are chosen by position and
// nothing is random, so the same corpus always gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { backstopAllowed, compile, features, type ModelWeights } from '../src/features/tone/model';
import { normalize } from '../src/features/tone/normalize';
import { splitSentences } from '../src/features/tone/sentences';
import type { ToneCategory } from '../src/features/tone/types';

export interface Labelled {
  text: string;
  flagged: boolean;
  categories: ToneCategory[];
}

interface Example {
  feats: string[];
  label: 0 | 1;
  category?: ToneCategory;
}

export const CATEGORIES: ToneCategory[] = [
  'blame',
  'interrogating-why',
  'absolute',
  'demand',
  'threat',
  'sarcasm',
  'mind-reading',
  'loaded-judgement',
  'shouting',
];

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** A feature must appear in at least this many training sentences. */
  minCount: number;
  /** How many features the shipped model keeps (the strongest, by weight). */
  keep: number;
}

export const DEFAULTS: TrainOptions = {
  epochs: 20,
  learningRate: 0.2,
  l2: 0.003,
  minCount: 3,
  keep: 200,
};

/**
 * The backstop flags a sentence at this probability or above. The corpus is full of deliberately
 * tricky calm messages, so cross-validated precision on it is flat (about 0.9 to 0.94 from 0.8 up)
 * and picking a cut-off from it swings with every few lines added. This fixed value was checked on
 * held-out sets written later (holdout-5 to holdout-7), where it added recall for at most one
 * false alarm in fifty calm messages. `crossValidate` reports the corpus figures for reference.
 */
export const THRESHOLD = 0.9;
const FOLDS = 5;

export function load(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

/** Sentences for the model: every sentence of a calm message is calm; a flagged one counts whole. */
function examples(messages: Labelled[]): Example[] {
  const out: Example[] = [];
  for (const m of messages) {
    const text = normalize(m.text).text;
    if (m.flagged) {
      out.push({ feats: features(text), label: 1, category: m.categories[0] });
      continue;
    }
    for (const s of splitSentences(text)) out.push({ feats: features(s.text), label: 0 });
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Logistic regression by plain SGD in file order, over the features `allowed` lets through. */
function fit(data: Example[], options: TrainOptions, allowed: (f: string) => boolean) {
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const e of data) {
      const feats = e.feats.filter(allowed);
      let z = bias;
      for (const f of feats) z += w.get(f) ?? 0;
      const g = sigmoid(z) - e.label;
      bias -= rate * g;
      for (const f of feats) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (g + options.l2 * old));
      }
    }
  }
  return { w, bias };
}

export function train(messages: Labelled[], options: TrainOptions = DEFAULTS): ModelWeights {
  const data = examples(messages);
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.feats) counts.set(f, (counts.get(f) ?? 0) + 1);

  // Fit on everything seen often enough, keep the strongest features, then refit on those alone
  // so the small model's weights agree with each other.
  const first = fit(data, options, (f) => (counts.get(f) ?? 0) >= options.minCount);
  const kept = new Set(
    [...first.w.entries()]
      .sort(([a, x], [b, y]) => Math.abs(y) - Math.abs(x) || byName(a, b))
      .slice(0, options.keep)
      .map(([f]) => f),
  );
  const { w, bias } = fit(data, options, (f) => kept.has(f));

  // Each feature's category: the one it turns up with most among flagged examples.
  const seen = new Map<string, number[]>();
  for (const e of data) {
    if (e.label !== 1 || !e.category) continue;
    const c = CATEGORIES.indexOf(e.category);
    for (const f of e.feats) {
      if (!kept.has(f)) continue;
      const row = seen.get(f) ?? CATEGORIES.map(() => 0);
      row[c]!++;
      seen.set(f, row);
    }
  }

  const names = [...kept].sort(byName);
  return {
    bias: Math.round(bias * 10),
    threshold: 0.5,
    categories: CATEGORIES,
    features: names.join('|'),
    weights: names.map((f) => Math.round((w.get(f) ?? 0) * 10)).join(' '),
    featureCategories: names
      .map((f) => {
        const row = seen.get(f);
        return row ? row.indexOf(Math.max(...row)) : 0;
      })
      .join(''),
  };
}

export function probability(model: ModelWeights, feats: string[]): number {
  const { index, weights } = compile(model);
  let z = model.bias;
  for (const f of feats) {
    const i = index.get(f);
    if (i !== undefined) z += weights[i]!;
  }
  return sigmoid(z / 10);
}

/** The highest probability over the sentences the backstop is allowed to judge. */
export function messageProbability(model: ModelWeights, text: string): number {
  let best = 0;
  for (const s of splitSentences(normalize(text).text)) {
    if (backstopAllowed(s.text)) best = Math.max(best, probability(model, features(s.text)));
  }
  return best;
}

/** Cross-validated precision and recall of the backstop alone at `threshold` (folds by position). */
export function crossValidate(
  messages: Labelled[],
  threshold = THRESHOLD,
  options: TrainOptions = DEFAULTS,
): { precision: number; recall: number } {
  let hits = 0;
  let flagged = 0;
  let positives = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(
      messages.filter((_, i) => i % FOLDS !== fold),
      options,
    );
    messages.forEach((m, i) => {
      if (i % FOLDS !== fold) return;
      const flags = messageProbability(model, m.text) >= threshold;
      if (m.flagged) positives++;
      if (flags) flagged++;
      if (flags && m.flagged) hits++;
    });
  }
  return { precision: hits / Math.max(1, flagged), recall: hits / Math.max(1, positives) };
}

export const CORPUS = fileURLToPath(new URL('../tests/tone/corpus.jsonl', import.meta.url));
export const WEIGHTS = fileURLToPath(
  new URL('../src/features/tone/model-weights.json', import.meta.url),
);

/** The weights file as committed: trained on the corpus, formatted the way the repo formats JSON. */
export async function weightsFile(): Promise<{ text: string; model: ModelWeights }> {
  const corpus = load(CORPUS);
  const model = train(corpus);
  model.threshold = THRESHOLD;
  const options = (await resolveConfig(WEIGHTS)) ?? {};
  const text = await format(JSON.stringify(model), { ...options, filepath: WEIGHTS });
  return { text, model };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, model } = await weightsFile();
  writeFileSync(WEIGHTS, text);
  const corpus = load(CORPUS);
  const cv = crossValidate(corpus);
  console.log(
    `trained on ${corpus.length} messages: ${model.features.split('|').length} features, ` +
      `threshold ${model.threshold}; backstop alone, 5-fold on the corpus: ` +
      `precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}`,
  );
}
