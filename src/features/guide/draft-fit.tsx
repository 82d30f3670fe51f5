/**
 * Answers that don't fit the draft (a sentence typed where a name goes, "see above" as an
 * answer): what reads oddly, and a way straight back to the step to change it.
 */
import { useMemo } from 'react';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import { wordsFor } from '../../scenarios/content';
import { checkDraft } from '../../scenarios/drafts/check-draft';
import type { GuideScreenProps } from './guide-props';

/** `template` is the draft's, in `language`. */
export function DraftFit({
  scenario,
  content,
  context,
  send,
  template,
  language,
}: Omit<GuideScreenProps, 'saveStatus'> & { template: string; language: Locale }) {
  const problems = useMemo(
    () =>
      checkDraft(
        template,
        scenario.fields,
        scenario.answersOnPath(context.answers),
        language,
        pageLocale(),
      ),
    [template, language, scenario, context.answers],
  );
  const path = scenario.pathFor(context.answers);
  const items = problems.flatMap((problem) => {
    const step = path.find((candidate) => candidate.fields.some((f) => f.name === problem.field));
    if (!step) return [];
    const title = content.steps[step.id]?.frontmatter.title ?? step.id;
    return [
      { ...problem, step: step.id, title, label: wordsFor(content, step.id, problem.field).label },
    ];
  });
  if (items.length === 0) return null;
  return (
    <div className="callout no-print" role="region" aria-labelledby="draft-fit-title">
      <h2 id="draft-fit-title">{t('draft.fit.title', { count: items.length })}</h2>
      <ul className="draft-fit">
        {items.map((item) => (
          <li key={item.field}>
            <p>
              <strong>{t('draft.fit.where', { label: item.label, step: item.title })}</strong>{' '}
              {t(`draft.fit.${item.kind}`)}
            </p>
            <button
              type="button"
              className="button secondary"
              onClick={() => send({ type: 'step.edit', step: item.step })}
            >
              {t('draft.fit.change', { label: item.label })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
