/**
 * A guide's words as plain text (its answers, with their labels, and the draft), read from
 * any snapshot: this is what the page shows when the guide's screen fails, so it must cope
 * with a snapshot of the wrong shape and never throw.
 */
import * as v from 'valibot';
import { t } from '../../lib/i18n/messages';
import { wordsFor } from '../../scenarios/content';
import type { composeDraft } from '../../scenarios/drafts/compose-draft';
import { displayAnswer } from '../../ui/field-words';
import type { LoadedGuide } from './load-guide';

// The draft's composition is not needed to answer a step: it loads once every answer is in
// (the review, the draft), and from then on the words rescued include the draft.
let compose: typeof composeDraft | undefined;
export async function loadDraftComposition(): Promise<void> {
  compose ??= (await import('../../scenarios/drafts/compose-draft')).composeDraft;
}

const draftText = v.object({ subject: v.string(), body: v.string() });
const savedWords = v.object({
  context: v.object({
    answers: v.record(v.string(), v.string()),
    draftEdits: v.optional(v.nullable(draftText), null),
  }),
});

export function guideWords({ scenario, content }: LoadedGuide, snapshot: unknown): string {
  const parsed = v.safeParse(savedWords, snapshot);
  if (!parsed.success) return '';
  const { answers, draftEdits } = parsed.output.context;
  const parts = scenario.steps.flatMap((step) =>
    step.fields.flatMap((field) => {
      const words = wordsFor(content, step.id, field.name);
      const answer = displayAnswer(words, field, answers[field.name]);
      return answer ? [`${words.label}\n${answer}`] : [];
    }),
  );
  const draft = draftEdits ?? generatedDraft();
  if (draft) parts.push(`${t('failure.words.draft')}\n\n${draft.subject}\n\n${draft.body}`);
  return parts.length > 0 ? [content.about.frontmatter.title, ...parts].join('\n\n') : '';

  function generatedDraft() {
    if (!compose || !scenario.isComplete(answers)) return null;
    try {
      return compose(content.template, scenario.fields, scenario.answersOnPath(answers));
    } catch {
      return null;
    }
  }
}
