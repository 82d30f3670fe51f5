/** Every answer on the parent's path, each with a way back to change it. */
import { usePageHeading } from '../../ui/use-page-heading';
import { wordsFor } from '../../scenarios/content';
import { displayAnswer } from '../../ui/field-words';
import type { GuideScreenProps } from './guide-props';
import { Progress } from './progress';
import { SaveStatusLine } from '../../ui/save-status-line';

export function ReviewView({ scenario, content, context, send, saveStatus }: GuideScreenProps) {
  const heading = usePageHeading<HTMLHeadingElement>('Check your answers');
  const path = scenario.pathFor(context.answers);

  return (
    <section className="page narrow review">
      <Progress current={path.length} total={path.length} title={content.about.frontmatter.title} />
      <h1 ref={heading} tabIndex={-1}>
        Check your answers
      </h1>
      <p>
        Your draft is written from these answers. Change anything you like; your answers are kept as
        you go.
      </p>
      {path.map((step) => {
        const title = content.steps[step.id]?.frontmatter.title ?? step.id;
        return (
          <div className="review-step" key={step.id}>
            <div className="review-step-head">
              <h2>{title}</h2>
              <button
                type="button"
                className="button quiet"
                aria-label={`Change: ${title}`}
                onClick={() => send({ type: 'step.edit', step: step.id })}
              >
                Change
              </button>
            </div>
            <dl>
              {step.fields.map((field) => {
                const words = wordsFor(content, step.id, field.name);
                const answer = displayAnswer(words, context.answers[field.name]);
                return (
                  <div key={field.name}>
                    <dt>{words.label}</dt>
                    <dd className={answer ? undefined : 'not-answered'}>
                      {answer || 'Not answered'}
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
          Write my draft
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'step.back' })}
        >
          Back
        </button>
      </div>
      <SaveStatusLine status={saveStatus} flow="guide" />
    </section>
  );
}
