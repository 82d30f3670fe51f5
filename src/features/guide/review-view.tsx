/** Every answer on the parent's path, each with a way back to change it. */
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { wordsFor } from '../../scenarios/content';
import { displayAnswer } from '../../ui/field-words';
import type { GuideScreenProps } from './guide-props';
import { Progress } from './progress';
import { SaveStatusLine } from '../../ui/save-status-line';

export function ReviewView({ scenario, content, context, send, saveStatus }: GuideScreenProps) {
  const path = scenario.pathFor(context.answers);

  return (
    <section className="page narrow review">
      <Progress current={path.length} total={path.length} title={content.about.frontmatter.title} />
      <PageHeading>{t('guide.review.title')}</PageHeading>
      <p>{t('guide.review.lead')}</p>
      {path.map((step) => {
        const title = content.steps[step.id]?.frontmatter.title ?? step.id;
        return (
          <div className="review-step" key={step.id}>
            <div className="review-step-head">
              <h2>{title}</h2>
              <button
                type="button"
                className="button quiet"
                aria-label={t('guide.review.changeStep', { title })}
                onClick={() => send({ type: 'step.edit', step: step.id })}
              >
                {t('guide.review.change')}
              </button>
            </div>
            <dl>
              {step.fields.map((field) => {
                const words = wordsFor(content, step.id, field.name);
                const answer = displayAnswer(words, field, context.answers[field.name]);
                return (
                  <div key={field.name}>
                    <dt>{words.label}</dt>
                    <dd className={answer ? undefined : 'not-answered'}>
                      {answer || t('guide.review.notAnswered')}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        );
      })}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => send({ type: 'review.confirm' })}
        >
          {t('guide.review.writeDraft')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'step.back' })}
        >
          {t('guide.back')}
        </button>
      </div>
      <SaveStatusLine status={saveStatus} flow="guide" />
    </section>
  );
}
