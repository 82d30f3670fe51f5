import { valence } from './lexicon';
import { cueFeatures } from './rules/pointed';
import weights from './model-weights.json';
import type { ToneCategory } from './types';

// A small linear model, the backstop for sentences no rule fired on. It reads words and word
// pairs plus a few hand-made cues, and was trained on the labelled corpus by
// scripts/train-tone.ts (deterministic: same corpus, same weights). It only says how likely a
// sentence is to put the teacher on the defensive and which kind of finding fits best.

/** The weights file. Lists are packed into strings so the shipped file stays small. */
export interface ModelWeights {
  /** Bias of the score, in tenths. */
  bias: number;
  /** Probability at or above which a sentence is flagged. */
  threshold: number;
  categories: ToneCategory[];
  /** Feature names, sorted, joined by "|". */
  features: string;
  /** One weight per feature, in tenths, separated by spaces. */
  weights: string;
  /** One digit per feature: the index in `categories` of the kind of finding it most often marks. */
  featureCategories: string;
}

const MODEL = weights as ModelWeights;

export interface Compiled {
  model: ModelWeights;
  index: Map<string, number>;
  weights: number[];
  categories: number[];
}

export function compile(model: ModelWeights): Compiled {
  const names = model.features ? model.features.split('|') : [];
  return {
    model,
    index: new Map(names.map((f, i) => [f, i])),
    weights: model.weights ? model.weights.split(' ').map(Number) : [],
    categories: [...model.featureCategories].map(Number),
  };
}
let shipped: Compiled | undefined;
let lastCompiled: Compiled | undefined;

const SECOND_PERSON = /\b(?:you|your|yours|you're|you've|you'll|you'd|yourself)\b/i;
const SCHOOL =
  /\b(?:teacher|teachers|school|staff|office|district|principal|class|classroom|team|nobody|no one|anyone|someone)\b/i;
const OMISSION = /n't\b|\b(?:not|never|nothing|nobody|no one|none|without)\b/i;
const HEDGE =
  /\b(?:maybe|perhaps|I wonder|could we|could you|would you|would it|please|if possible|I'd love|I'd like|happy to|thank|thanks|appreciate|grateful)\b/i;
const ME = /\b(?:I|I'm|I've|I'd|my|me|we|our|us)\b/;
const CHILD = /\b(?:he|she|him|her|his|my (?:son|daughter|child|kid)|they)\b/i;

/** Lower-case words, with apostrophes kept ("don't") and numbers folded to one token. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? []).map((t) =>
    /^\d+$/.test(t) ? '0' : t,
  );
}

/** Word, word-pair and cue features of one sentence. */
export function features(text: string): string[] {
  const words = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  if (words.length > 0) out.add(`^${words[0]}`);
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
  if (words.length <= 5) out.add('#short');
  for (const c of cueFeatures(text)) out.add(c);
  return [...out];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface ModelVerdict {
  probability: number;
  category: ToneCategory;
}

// Words pointing at the school side. Without one, a sentence is about the child, other children
// or the parent, and the model (which knows words, not who did what) is not trusted alone.
const AIMED =
  /\b(?:you|your|yours|you're|you've|you'd|you'll|the teacher|teachers|the school|this school|that school|your school|the staff|the office|the district|the principal|the team|nobody|no one|homework|policy|grading|teaching|lessons?|curriculum|program)\b/i;
const YOU_AS_OBJECT =
  /\b(?:tell|tells|told|let|lets|ask|asked|show|showed|give|gave|thank|remind|with|to|for|see|help|email|call|update)\s+you\b/gi;
const YOU_ACTING =
  /\b(?:you|the school|the teacher|nobody|no one)(?:'re|'ve|'d|'ll)?\s+(?:(?:just|still|never|always|even|really|clearly|obviously|already)\s+)?(?:are|were|have|had|did|didn't|don't|do|never|always|keep|kept|can't|won't|wouldn't|couldn't|haven't|hasn't|ignored|forgot|lost|let|made|told|said|took|gave|sent|put|decided|chose|refused|failed)\b/i;
// Words that only sound negative: "never", "without", "nothing" carry no harm on their own.
const BARE_NEGATION = /\b(?:never|nothing|without|zero|no one|nobody)\b/gi;
// A relaxed or courteous line: "no problem at all", "you don't need to call back", "please".
const EASY_GOING =
  /\b(?:please|no problem|no worries|no rush|no need|(?:don't|do not) need to|(?:totally|perfectly) fine|that's fine|could you|would you|would it be|happy to|hopefully)\b/i;
// A sentence that opens on the child ("She is kind to younger kids…") is about the child.
const ABOUT_CHILD =
  /^(?:he|she|my (?:son|daughter|child|kid|boy|girl)|our (?:son|daughter|child|kid))(?:'s|'d|\s+\w+)/i;
// "That's not on you", "it's not your fault": blame named only to be lifted.
const BLAME_LIFTED =
  /\b(?:not|n't|never) (?:on you|your fault|the school's fault|blaming (?:you|anyone))\b|\bI'm sorry\b|\bmy (?:fault|mistake|bad)\b/i;
// Asking where to turn is not an attack: "is there someone at the district I should contact?"
const SEEKS_HELP =
  /\b(?:is there (?:someone|anyone|somebody|a way|anything)|who (?:should|do|can|would) (?:I|we)|what (?:should|can) (?:I|we)|(?:I|we) should (?:contact|ask|talk to|call)|not sure who)\b/i;

/**
 * Whether the backstop may speak on this sentence at all. The model knows words, not who did
 * what, so it is only trusted where the school side is named, something is wrong or missing,
 * and the sentence is neither praise, nor an open question, nor an apology.
 */
export function backstopAllowed(text: string): boolean {
  if (!AIMED.test(text) || BLAME_LIFTED.test(text) || SEEKS_HELP.test(text)) return false;
  if (EASY_GOING.test(text)) return false;
  // "He's a quiet kid, so he might not tell you…": "you" only as the one being told.
  const you = SECOND_PERSON.test(text.replace(YOU_AS_OBJECT, ''));
  if (ABOUT_CHILD.test(text.trim()) && !you) return false;
  // "I think I messed up…", "I don't agree with the grade but…": the parent speaking for
  // themselves, unless "you" is doing something in the same sentence.
  if (/^(?:I|we)\b/i.test(text.trim()) && !YOU_ACTING.test(text)) return false;
  // The school side has to be tied to something going wrong: "you" beside a harm or an
  // omission, "nobody", or a harm word (not merely "never" or "without") next to the school.
  const harm = valence(text.replace(BARE_NEGATION, '')).negative;
  const omission = OMISSION.test(text);
  const mood = valence(text);
  if (mood.positive && !harm) return false;
  return (you && (harm || omission)) || /\b(?:nobody|no one)\b/i.test(text) || harm;
}

/** How likely this sentence is to read as an attack, and the kind of finding it most resembles. */
export function modelVerdict(text: string, model: ModelWeights = MODEL): ModelVerdict {
  let compiled: Compiled;
  if (model === MODEL) compiled = shipped ??= compile(MODEL);
  else compiled = lastCompiled?.model === model ? lastCompiled : (lastCompiled = compile(model));
  let z = model.bias;
  // The category is the one the features pushing towards a flag point to most, by weight.
  const votes = model.categories.map(() => 0);
  for (const f of features(text)) {
    const i = compiled.index.get(f);
    if (i === undefined) continue;
    const w = compiled.weights[i]!;
    z += w;
    // General cues ("#you", "#neg") turn up with every kind of finding, so only words and the
    // named cues vote.
    if (w > 0 && (!f.startsWith('#') || /^#c\d/.test(f))) {
      votes[compiled.categories[i]!]! += w;
    }
  }
  const category = votes.indexOf(Math.max(...votes));
  return { probability: sigmoid(z / 10), category: model.categories[category] ?? 'blame' };
}

/** True when the model is confident enough to flag the sentence on its own. */
export function modelFlags(verdict: ModelVerdict, model: ModelWeights = MODEL): boolean {
  return verdict.probability >= model.threshold;
}
