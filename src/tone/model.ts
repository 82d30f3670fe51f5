import { valence } from './lexicon';
import { localeFeatures } from './locale-features';
import { wordFeatures } from './word-features';
import weights from './model-weights.json';
import {
  category,
  FALLBACK_CATEGORY,
  isCategory,
  type CategoryDefinition,
  type ToneCategory,
} from './categories';

// Two small linear models that weigh what the rules cannot: one reads a sentence, one the whole
// message (the features of all its sentences together), both from the same word, word-pair and
// cue features. They were trained on the labelled messages in tests/tone by
// scripts/train-tone.ts (deterministic: same messages, same weights) and only say how likely the
// text is to put the teacher on the defensive, and which kind of finding a sentence most
// resembles.

/** One linear model. Lists are packed into strings so the shipped file stays small. */
export interface LinearModel {
  /** Bias of the score, in hundredths. */
  bias: number;
  /** Feature names, sorted, joined by "|". */
  features: string;
  /** One weight per feature, in hundredths, separated by spaces. */
  weights: string;
  /** One digit per feature: the index in `categories` of the kind of finding it most often marks. */
  featureCategories: string;
}

/** The weights file. */
export interface ModelWeights {
  /** A hash of everything training reads (scripts/train-tone.ts): stale weights show at once. */
  inputs?: string;
  /** The language the model reads (its features are read the way that language is); English if absent. */
  locale?: string;
  categories: ToneCategory[];
  sentence: LinearModel;
  message: LinearModel;
  thresholds: {
    /** A rule's findings in a sentence stand only if the sentence model gives at least this. */
    rule: number;
    /** A sentence no rule fired on may be flagged from this probability up… */
    sentence: number;
    /**
     * …when the log-odds of the sentence and of the whole message add up to at least this: a
     * sentence the model is all but sure of stands out even in a warm message, a likelier-than-not
     * one only in a message that reads as pointed overall.
     */
    together: number;
  };
}

/**
 * The weights file: both models over one sorted list of features, since most features are in
 * both, and a weight of 0 where a model does without one. Only the sentence model names
 * categories (the message model says how pointed the whole is, not what kind).
 */
export interface WeightsFile {
  inputs?: string;
  /** The language it reads, for any but English. */
  locale?: string;
  categories: ToneCategory[];
  /** Feature names, sorted, joined by "|". */
  features: string;
  sentence: { bias: number; weights: string; featureCategories: string };
  message: { bias: number; weights: string };
  thresholds: ModelWeights['thresholds'];
}

/** The models as the analyzer reads them, each with only the features it weighs. */
export function unpackWeights(file: WeightsFile): ModelWeights {
  const names = file.features ? file.features.split('|') : [];
  const linear = (bias: number, packed: string, categories?: string): LinearModel => {
    const w = packed ? packed.split(' ') : [];
    const keep = names.map((_, i) => i).filter((i) => w[i] !== '0');
    return {
      bias,
      features: keep.map((i) => names[i]).join('|'),
      weights: keep.map((i) => w[i]).join(' '),
      featureCategories: categories ? keep.map((i) => categories[i]).join('') : '',
    };
  };
  const out: ModelWeights = {
    categories: file.categories,
    sentence: linear(file.sentence.bias, file.sentence.weights, file.sentence.featureCategories),
    message: linear(file.message.bias, file.message.weights),
    thresholds: file.thresholds,
  };
  if (file.inputs !== undefined) out.inputs = file.inputs;
  if (file.locale !== undefined) out.locale = file.locale;
  return out;
}

/** The file form of `model` (see WeightsFile). */
export function packWeights(model: ModelWeights): WeightsFile {
  const table = (m: LinearModel) => {
    const names = m.features ? m.features.split('|') : [];
    const w = m.weights ? m.weights.split(' ') : [];
    return new Map(names.map((f, i) => [f, { w: w[i]!, c: m.featureCategories[i] ?? '0' }]));
  };
  const sentence = table(model.sentence);
  const message = table(model.message);
  const names = [...new Set([...sentence.keys(), ...message.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const out: WeightsFile = {
    categories: model.categories,
    features: names.join('|'),
    sentence: {
      bias: model.sentence.bias,
      weights: names.map((f) => sentence.get(f)?.w ?? '0').join(' '),
      featureCategories: names.map((f) => sentence.get(f)?.c ?? '0').join(''),
    },
    message: {
      bias: model.message.bias,
      weights: names.map((f) => message.get(f)?.w ?? '0').join(' '),
    },
    thresholds: model.thresholds,
  };
  return {
    ...(model.inputs === undefined ? {} : { inputs: model.inputs }),
    ...(model.locale === undefined ? {} : { locale: model.locale }),
    ...out,
  };
}

export const SHIPPED_MODEL = unpackWeights(weights as WeightsFile);

interface Compiled {
  index: Map<string, number>;
  weights: number[];
  categories: number[];
}

const compiled = new WeakMap<LinearModel, Compiled>();

function compile(model: LinearModel): Compiled {
  let c = compiled.get(model);
  if (!c) {
    const names = model.features ? model.features.split('|') : [];
    c = {
      index: new Map(names.map((f, i) => [f, i])),
      weights: model.weights ? model.weights.split(' ').map(Number) : [],
      categories: [...model.featureCategories].map(Number),
    };
    compiled.set(model, c);
  }
  return c;
}

const SECOND_PERSON = /\b(?:you|your|yours|you're|you've|you'll|you'd|yourself)\b/i;
const SCHOOL =
  /\b(?:teacher|teachers|school|staff|office|district|principal|class|classroom|team|nobody|no one|anyone|someone)\b/i;
const OMISSION = /n't\b|\b(?:not|never|nothing|nobody|no one|none|without)\b/i;
const HEDGE =
  /\b(?:maybe|perhaps|I wonder|could we|could you|would you|would it|please|if possible|I'd love|I'd like|happy to|thank|thanks|appreciate|grateful)\b/i;
const ME = /\b(?:I|I'm|I've|I'd|my|me|we|our|us)\b/;
const CHILD = /\b(?:he|she|him|her|his|my (?:son|daughter|child|kid)|they)\b/i;

/** Lower-case words, with apostrophes kept ("don't") and numbers folded to one token. */
function tokens(text: string): string[] {
  const found = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!.charCodeAt(0);
    if (first >= 48 && first <= 57) found[i] = '0';
  }
  return found;
}

// Capitals that are names of things, not a raised voice.
const ACRONYMS =
  /\b(?:IEP|IEPs|ADHD|ADD|ASD|OT|PT|PE|OK|ASAP|STEM|SAT|ACT|GPA|AP|ELA|ESL|ELL|PTA|PTO|IB|FYI|TBD|ID|TV|PDF|USA|ER|RSVP|LOL|BTW|IDK|NO|DM)\b/g;

/** A crude stem, so "ignored", "ignoring" and "ignores" share a feature. */
function stem(word: string): string {
  for (const ending of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Word, stem, word-pair, opening and phrase-rule features of one sentence. A whole message's features are
 * those of all its sentences together (`messageFeatures`).
 */
export function features(
  text: string,
  ruleIds: readonly string[] = [],
  formal = false,
  locale?: string,
): Set<string> {
  if (locale !== undefined && locale !== 'en') return localeFeatures(text, ruleIds, locale);
  const words = tokens(text);
  const out = wordFeatures(words, stem);
  const mood = valence(text);
  const you = SECOND_PERSON.test(text);
  const omission = OMISSION.test(text);
  if (you) out.add('#you');
  if (SCHOOL.test(text)) out.add('#school');
  if (mood.negative) out.add('#neg');
  if (mood.positive) out.add('#pos');
  if (omission) out.add('#omit');
  if (you && (omission || mood.negative)) out.add('#you-neg');
  if (you && mood.positive && !mood.negative && !omission) out.add('#you-pos');
  if (HEDGE.test(text)) out.add('#hedge');
  if (ME.test(text)) out.add('#me');
  if (CHILD.test(text)) out.add('#child');
  if (/\?\s*$/.test(text)) out.add('#q');
  if (/!\s*$/.test(text)) out.add('#bang');
  if (/[!?]{2,}/.test(text)) out.add('#stacked');
  if (/\b[A-Z]{3,}\b/.test(text.replace(ACRONYMS, ''))) out.add('#caps');
  if (words.length <= 5) out.add('#short');
  if (formal) out.add('#formal');
  // Phrase rules are named by id, so adding or reordering rules moves no other feature.
  for (const id of ruleIds) out.add(`#r:${id}`);
  return out;
}

/** The features of a message: every feature of any of its sentences, once. */
export function messageFeatures(sentences: readonly ReadonlySet<string>[]): Set<string> {
  const all = new Set<string>();
  for (const feats of sentences) for (const f of feats) all.add(f);
  return all;
}

/** The logistic function: a score's probability. */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The log-odds of a probability, kept finite. */
export function logOdds(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

export interface ModelVerdict {
  probability: number;
  category: ToneCategory;
}

/**
 * How likely text with these features (see `features`) is to read as an attack, and the kind of
 * finding it most resembles.
 */
export function verdict(
  feats: ReadonlySet<string>,
  model: LinearModel,
  categories: readonly ToneCategory[],
): ModelVerdict {
  const { index, weights, categories: featureCategories } = compile(model);
  let z = model.bias;
  // The category is the one the features pushing towards a flag point to most, by weight.
  const votes = categories.map(() => 0);
  for (const f of feats) {
    const i = index.get(f);
    if (i === undefined) continue;
    const w = weights[i]!;
    z += w;
    // General cues ("#you", "#neg") turn up with every kind of finding, so only words and the
    // named cues vote.
    if (w > 0 && (!f.startsWith('#') || f.startsWith('#r:'))) votes[featureCategories[i]!]! += w;
  }
  // Some kinds of finding are about the form of a sentence, so they need that form to be there
  // (see `form` in categories.ts): shouting needs capitals or stacked marks, a cross-examination
  // needs a question.
  const present: Record<NonNullable<CategoryDefinition['form']>, boolean> = {
    'capitals-or-stacked-marks': feats.has('#caps') || feats.has('#stacked'),
    question: feats.has('#q') || feats.has('why') || feats.has('how'),
  };
  categories.forEach((c, i) => {
    const form = isCategory(c) ? (category(c) as CategoryDefinition).form : undefined;
    if (form && !present[form]) votes[i] = -Infinity;
  });
  const best = Math.max(...votes);
  const probability = sigmoid(z / 100);
  // With no word pointing anywhere, the sentence is called by the registry's fallback category.
  if (!(best > 0)) return { probability, category: FALLBACK_CATEGORY };
  return { probability, category: categories[votes.indexOf(best)] ?? FALLBACK_CATEGORY };
}

// Kept per model and per sentence's feature set (a sentence's reading is kept between
// keystrokes, and with it its features): what a sentence weighs is worked out once.
const verdicts = new WeakMap<LinearModel, WeakMap<ReadonlySet<string>, ModelVerdict>>();
const weighed = new WeakMap<LinearModel, WeakMap<ReadonlySet<string>, number[]>>();

/** `verdict`, remembered for each set of features it was asked about. */
export function keptVerdict(
  feats: ReadonlySet<string>,
  model: LinearModel,
  categories: readonly ToneCategory[],
): ModelVerdict {
  let byFeatures = verdicts.get(model);
  if (!byFeatures) verdicts.set(model, (byFeatures = new WeakMap()));
  let v = byFeatures.get(feats);
  if (!v) byFeatures.set(feats, (v = verdict(feats, model, categories)));
  return v;
}

/** The places in `model` of those of `feats` it weighs. */
function weighedIn(feats: ReadonlySet<string>, model: LinearModel): number[] {
  let byFeatures = weighed.get(model);
  if (!byFeatures) weighed.set(model, (byFeatures = new WeakMap()));
  let found = byFeatures.get(feats);
  if (!found) {
    const { index } = compile(model);
    found = [];
    for (const f of feats) {
      const i = index.get(f);
      if (i !== undefined) found.push(i);
    }
    byFeatures.set(feats, found);
  }
  return found;
}

/** What `model` makes of a whole message, and of the message with one sentence read otherwise. */
export interface MessageOdds {
  /** The log-odds of `verdict` on the message's features (`messageFeatures`). */
  whole(): number;
  /** The same with sentence `index` replaced by sentences with features `fresh`. */
  replacing(index: number, fresh: readonly ReadonlySet<string>[]): number;
}

/**
 * The message model's log-odds for a message made of sentences with these features: the same
 * figure as `logOdds(verdict(messageFeatures(sentences), model).probability)`, worked out from a
 * count of how many sentences hold each feature, so that swapping one sentence costs only its
 * own features. Weights are whole numbers (hundredths), so the sum is exact in any order.
 */
export function messageOdds(
  sentences: readonly ReadonlySet<string>[],
  model: LinearModel,
): MessageOdds {
  const { weights } = compile(model);
  // How many sentences hold each weighed feature; a feature counts once in the message.
  let counts: Int32Array | undefined;
  let score = model.bias;
  /** Adds a sentence's features to the counts (or takes them away), with what that does to `z`. */
  const add = (c: Int32Array, feats: ReadonlySet<string>, by: 1 | -1, z: number): number => {
    for (const i of weighedIn(feats, model)) {
      const was = c[i]!;
      c[i] = was + by;
      if (by === 1 && was === 0) z += weights[i]!;
      else if (by === -1 && was === 1) z -= weights[i]!;
    }
    return z;
  };
  const counted = (): Int32Array => {
    if (counts) return counts;
    counts = new Int32Array(weights.length);
    for (const feats of sentences) score = add(counts, feats, 1, score);
    return counts;
  };
  const odds = (z: number) => logOdds(sigmoid(z / 100));
  return {
    whole: () => {
      counted();
      return odds(score);
    },
    replacing(index, fresh) {
      const c = counted();
      let z = add(c, sentences[index]!, -1, score);
      for (const feats of fresh) z = add(c, feats, 1, z);
      for (const feats of fresh) add(c, feats, -1, 0);
      add(c, sentences[index]!, 1, 0);
      return odds(z);
    },
  };
}

/** The features that push `feats` hardest towards a flag, strongest first: why the model flagged. */
export function strongestFeatures(
  feats: ReadonlySet<string>,
  model: LinearModel,
  count = 3,
): string[] {
  const { index, weights } = compile(model);
  return [...feats]
    .map((f) => ({ f, w: weights[index.get(f) ?? -1] ?? 0 }))
    .filter(({ w }) => w > 0)
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
    .slice(0, count)
    .map(({ f }) => f);
}
