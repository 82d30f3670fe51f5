/** A single step of any scenario: its question(s), help, an example, and navigation. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { usePageHeading } from '../../ui/use-page-heading';
import { wordsFor } from '../../scenarios/content';
import { displayAnswer, problemMessage } from '../../ui/field-words';
import { FieldInput, fieldId } from '../../ui/field-input';
import type { GuideScreenProps } from './guide-props';
import { Progress } from './progress';
import { pastedMessage, takesMessage } from './pasted-message';
import { RecordsPrefill } from './records-prefill';
import { SaveStatusLine } from '../../ui/save-status-line';

// Reading a pasted message (its questions and dates) matters only to the guides that take
// one, on the steps after it: it loads then, not with every guide's first step.
const loadMessageNotes = () => import('./message-notes');
const MessageNotes = lazy(() =>
  loadMessageNotes().then(({ MessageNotes }) => ({ default: MessageNotes })),
);

export function StepView({
  scenario,
  content,
  context,
  send,
  saveStatus,
  stepId,
}: GuideScreenProps & { stepId: string }) {
  const step = scenario.steps.find((candidate) => candidate.id === stepId);
  const stepContent = content.steps[stepId];
  const heading = usePageHeading<HTMLHeadingElement>(stepContent?.frontmatter.title ?? stepId);
  const summary = useRef<HTMLDivElement>(null);
  const problems = Object.entries(context.problems);
  const hasProblems = problems.length > 0;

  // When "Continue" finds problems, take the parent to the list of what to fix.
  useEffect(() => {
    if (hasProblems) summary.current?.focus();
  }, [hasProblems]);
  // Ready before the step after the message, so its notes show with it.
  const willReadMessage = takesMessage(scenario);
  useEffect(() => {
    if (willReadMessage) void loadMessageNotes();
  }, [willReadMessage]);

  if (!step || !stepContent) throw new Error(`Step ${stepId} has no content`);
  const path = scenario.pathFor(context.answers);
  const position = path.findIndex((candidate) => candidate.id === stepId);
  const isFirst = position === 0;
  const Help = stepContent.default;
  const IntroText = content.about.default;
  const backToReview = context.returnToReview && scenario.isComplete(context.answers);
  const examples = step.fields.filter((field) => content.examples[field.name]);

  return (
    <section className="page narrow step" aria-labelledby="step-title">
      <Progress
        current={position + 1}
        total={path.length}
        title={content.about.frontmatter.title}
      />
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {stepContent.frontmatter.title}
      </h1>
      {isFirst && (
        <details className="intro">
          <summary>{t('guide.howThisGuideWorks')}</summary>
          <p className="lede">{content.about.frontmatter.summary}</p>
          <IntroText />
        </details>
      )}
      <div className="help">
        <Help />
      </div>

      {hasProblems && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">{t('guide.beforeYouContinue')}</h2>
          <ul>
            {problems.map(([name, problem]) => {
              const field = step.fields.find((candidate) => candidate.name === name);
              if (!field) return null;
              return (
                <li key={name}>
                  <a href={`#${fieldId(name)}`}>
                    {problemMessage(wordsFor(content, stepId, name), field, problem)}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <RecordsPrefill fields={step.fields} answers={context.answers} send={send} />
      {pastedMessage(scenario, stepId, context.answers) && (
        <Suspense fallback={null}>
          <MessageNotes scenario={scenario} stepId={stepId} answers={context.answers} send={send} />
        </Suspense>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'step.next' });
        }}
      >
        {step.fields.map((field) => {
          const words = wordsFor(content, stepId, field.name);
          const problem = context.problems[field.name];
          return (
            <FieldInput
              key={field.name}
              field={field}
              words={words}
              value={context.answers[field.name] ?? ''}
              error={problem ? problemMessage(words, field, problem) : null}
              onChange={(value) => send({ type: 'answer.set', field: field.name, value })}
            />
          );
        })}

        {examples.length > 0 && (
          <details className="example">
            <summary>{t('guide.seeExample')}</summary>
            <dl>
              {examples.map((field) => {
                const words = wordsFor(content, stepId, field.name);
                return (
                  <div key={field.name}>
                    <dt>{words.label}</dt>
                    <dd>{displayAnswer(words, field, content.examples[field.name])}</dd>
                  </div>
                );
              })}
            </dl>
          </details>
        )}

        <div className="actions">
          <button type="submit" className="button primary">
            {t(
              backToReview
                ? 'guide.saveAndReview'
                : position === path.length - 1
                  ? 'guide.reviewAnswers'
                  : 'guide.continue',
            )}
          </button>
          {isFirst ? (
            <Link href="/" className="button secondary">
              {t('guide.allSituations')}
            </Link>
          ) : (
            <button
              type="button"
              className="button secondary"
              onClick={() => send({ type: 'step.back' })}
            >
              {t('guide.back')}
            </button>
          )}
        </div>
      </form>
      <SaveStatusLine status={saveStatus} flow="guide" />
    </section>
  );
}
