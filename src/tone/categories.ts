// The one list of kinds of finding. Everything else that needs the categories (the type, the order
// overlaps are settled in, the trainer, the model's category votes, rehearsal judging, the words in
// content/<locale>/tone/tone.json, the rule files in content/<locale>/tone/rules/) derives from it,
// and tests/tone/registry.test.ts fails if a list of categories turns up anywhere else.
//
// To add a category: add an entry here, its words under `categories` in every tone.json, and a
// rule file content/<locale>/tone/rules/<id>.json; then retrain (`npx tsx scripts/train-tone.ts`).

export interface CategoryDefinition {
  /** Stable id, used in rule files, labelled corpora and model weights. */
  id: string;
  /** Key of the one-sentence reason in tone.json (`categories.<id>.reason`). */
  reasonKey: string;
  /** Key of the advice shown when no rewrite is offered (`categories.<id>.tryInstead`). */
  guidanceKey: string;
  /** What a rewrite for this category must do, for rule writers (docs/writing-tone-rules.md). */
  rewrite: string;
  /** The form a sentence must have for the model to call it this kind of finding. */
  form?: 'capitals-or-stacked-marks' | 'question';
  /** The category a sentence the model flags is filed under when no feature points elsewhere. */
  fallback?: boolean;
  /** Puts pressure on the teacher (rehearsal judging counts it as demanding, not blaming). */
  pressure?: boolean;
}

const keys = (id: string) => ({
  reasonKey: `categories.${id}.reason`,
  guidanceKey: `categories.${id}.tryInstead`,
});

// When two findings cover the same words, the earlier entry wins: threats and accusations outrank
// wording habits such as capitals. The order of this list is the precedence.
export const CATEGORIES = [
  {
    id: 'threat',
    ...keys('threat'),
    rewrite:
      'A stated next step the parent may take, without pressure: "If we can’t sort it out together, I’d like to ask the principal to join us."',
    pressure: true,
  },
  {
    id: 'blame',
    ...keys('blame'),
    rewrite:
      'The event and its effect on the child, without naming a culprit, and a question about what happened.',
    fallback: true,
  },
  {
    id: 'mind-reading',
    ...keys('mind-reading'),
    rewrite: 'What the parent saw and how it came across to them, not what the teacher feels.',
  },
  {
    id: 'interrogating-why',
    ...keys('interrogating-why'),
    rewrite: 'A curious question about the same event: "Can you help me understand what led to…"',
    form: 'question',
  },
  {
    id: 'sarcasm',
    ...keys('sarcasm'),
    rewrite: 'The plain statement under the sarcasm, or the aside dropped.',
  },
  {
    id: 'demand',
    ...keys('demand'),
    rewrite: 'A request with the same content and the same date: "Could you … by Friday?"',
    pressure: true,
  },
  {
    id: 'absolute',
    ...keys('absolute'),
    rewrite: 'The times the parent noticed, or the sweeping word dropped.',
  },
  {
    id: 'loaded-judgement',
    ...keys('loaded-judgement'),
    rewrite: 'How it affects the parent or child instead of a verdict on the teacher.',
  },
  {
    id: 'shouting',
    ...keys('shouting'),
    rewrite: 'Ordinary capitals and a single mark.',
    form: 'capitals-or-stacked-marks',
    pressure: true,
  },
] as const satisfies readonly CategoryDefinition[];

export type ToneCategory = (typeof CATEGORIES)[number]['id'];

/** Every category id, in order of precedence. */
export const CATEGORY_IDS: readonly ToneCategory[] = CATEGORIES.map((c) => c.id);

const BY_ID = new Map<string, CategoryDefinition>(CATEGORIES.map((c) => [c.id, c]));

export function isCategory(id: string): id is ToneCategory {
  return BY_ID.has(id);
}

export function category(id: ToneCategory): CategoryDefinition {
  return BY_ID.get(id)!;
}

/** Lower ranks first when findings overlap. */
export const precedence = (id: ToneCategory): number => CATEGORY_IDS.indexOf(id);

/** Categories that put pressure on the teacher rather than blame them. */
export const PRESSURE_CATEGORIES: readonly ToneCategory[] = CATEGORIES.filter(
  (c: CategoryDefinition) => c.pressure === true,
).map((c) => c.id as ToneCategory);

/** See `fallback` above. */
export const FALLBACK_CATEGORY: ToneCategory = CATEGORIES.find(
  (c: CategoryDefinition) => c.fallback === true,
)!.id;
