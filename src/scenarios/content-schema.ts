/**
 * The shape of a scenario's words, as a coach writes them in MDX frontmatter: checked when
 * the content loads (with the file named in the error), and the source of the TypeScript
 * types. docs/writing-scenarios.md describes each key.
 */
import * as v from 'valibot';
import { PROBLEMS } from '../lib/fields/field-spec';

const words = v.pipe(v.string(), v.trim(), v.minLength(1));

/** about.mdx: what the home page, search and the first step show. */
export const aboutSchema = v.strictObject({
  title: words,
  summary: words,
  when: words,
  situations: v.array(words),
  order: v.number(),
});

/** What lists of guides show of about.mdx (src/scenarios/summaries.ts). */
export const summarySchema = v.omit(aboutSchema, ['situations']);

const fieldWordsSchema = v.strictObject({
  label: words,
  hint: v.optional(words),
  options: v.optional(v.record(v.string(), words)),
  ...Object.fromEntries(PROBLEMS.map((problem) => [problem, v.optional(words)])),
});

/** <step>.mdx: the step's title and the words of each of its fields. */
export const stepSchema = v.strictObject({
  title: words,
  fields: v.record(v.string(), fieldWordsSchema),
});

/** draft.mdx: how each follow-up scenario is offered under the draft. */
export const draftNotesSchema = v.strictObject({
  followUps: v.optional(v.record(v.string(), words)),
});

/** Checks one file's frontmatter; throws with the file and what does not fit. */
export function checkFrontmatter<T extends v.GenericSchema>(
  schema: T,
  frontmatter: unknown,
  file: string,
): v.InferOutput<T> {
  const parsed = v.safeParse(schema, frontmatter ?? {});
  if (parsed.success) return parsed.output;
  const problems = parsed.issues.map(
    (issue) => `${v.getDotPath(issue) ?? '(top)'}: ${issue.message}`,
  );
  throw new Error(`${file} doesn't fit the format:\n${problems.join('\n')}`);
}
