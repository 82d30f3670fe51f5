/** The finished draft: edit it, then copy, email, download or print it. */
import { lazy, Suspense, useMemo, useRef } from 'react';
import { t } from '../../lib/i18n/messages';
import { rowsFor } from '../../ui/rows-for';
import { PageHeading } from '../../ui/page-heading';
import { LogSentDraft } from './log-sent-draft';
import type { GuideScreenProps } from './guide-props';
import { SaveStatusLine } from '../../ui/save-status-line';
import { composeDraft } from '../../scenarios/drafts/compose-draft';
import { DraftActions } from './draft-actions';
import { DraftFit } from './draft-fit';
import { FollowUpCalendar } from './follow-up-calendar';
import { FollowUpLinks } from './follow-up-links';
import { SheetPanel } from './sheet-panel';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useDraft } from './use-draft';
import { DraftLanguageChoice } from './draft-language-choice';
import { useDraftLanguage, type DraftLanguage } from './use-draft-language';
import { PageLoading } from '../../ui/page-loading';

// The tone analyzer is the largest part of the guide: it loads only on the draft, once the
// draft has painted, so no step of a guide waits for it.
// A draft in another language than English also loads that language's rules and model first.
const ToneCoach = lazy(() =>
  import('./tone-coach').then(async ({ ToneCoach, prepareToneCoach }) => {
    await prepareToneCoach();
    return { default: ToneCoach };
  }),
);

export function DraftView(props: GuideScreenProps) {
  const draftLanguage = useDraftLanguage(props.scenario, props.content, props.context, props.send);
  const { template } = draftLanguage;
  // A guide reopened on a draft in another language waits for that template.
  if (template === null) return <PageLoading />;
  return <DraftScreen {...props} template={template} draftLanguage={draftLanguage} />;
}

function DraftScreen({
  scenario,
  content,
  context,
  send,
  saveStatus,
  template,
  draftLanguage,
}: GuideScreenProps & { template: string; draftLanguage: DraftLanguage }) {
  const { language } = draftLanguage;
  const draft = useDraft(scenario, template, language, context);
  const to = scenario.recipientOf(context.answers);
  const who = scenario.recipientNameOf(context.answers);
  const answers = scenario.answersOnPath(context.answers);
  const Notes = content.draftNotes?.default;
  // Composed again only when the answers change, not on every key typed into the draft.
  const sheet = useMemo(
    () =>
      content.sheet &&
      composeDraft(content.sheet, scenario.fields, scenario.answersOnPath(context.answers)),
    [content.sheet, scenario, context.answers],
  );
  const edit = (change: Partial<typeof draft.shown>) =>
    send({ type: 'draft.edit', ...draft.shown, ...change, basedOn: draft.basedOn });
  const subjectInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const inputOf = (part: string) => (part === 'subject' ? subjectInput.current : bodyInput.current);
  const painted = useAfterFirstPaint();
  const coachSpace = <div className="tone-coach-space no-print" aria-hidden="true" />;

  return (
    <section className="page narrow draft">
      <PageHeading className="no-print">{t('draft.title')}</PageHeading>
      <p className="lead no-print">{t('draft.lead')}</p>
      {Notes && (
        <div className="help no-print">
          <Notes />
        </div>
      )}

      {draft.outOfDate && (
        <div className="callout no-print" role="region" aria-labelledby="out-of-date-title">
          <h2 id="out-of-date-title">{t('draft.outOfDate.title')}</h2>
          <p>{t('draft.outOfDate.body')}</p>
          <details>
            <summary>{t('draft.outOfDate.seeFresh')}</summary>
            <pre className="draft-preview">{`${draft.generated.subject}\n\n${draft.generated.body}`}</pre>
          </details>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => send({ type: 'draft.keepEdits', basedOn: draft.generated })}
            >
              {t('draft.outOfDate.keep')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => send({ type: 'draft.regenerate' })}
            >
              {t('draft.outOfDate.useFresh')}
            </button>
          </div>
        </div>
      )}

      {context.discardedEdits && !draft.edited && (
        <div className="callout no-print" role="status">
          <p>{t('draft.fresh.body')}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => send({ type: 'draft.undoRegenerate' })}
          >
            {t('draft.fresh.bringBack')}
          </button>
        </div>
      )}

      <DraftLanguageChoice draftLanguage={draftLanguage} edited={draft.edited} />

      {!draft.edited && (
        <DraftFit
          scenario={scenario}
          content={content}
          context={context}
          send={send}
          template={template}
          language={language}
        />
      )}

      <div className="draft-fields no-print">
        <p className="draft-to">
          <span className="draft-to-label">{t('draft.to')} </span>
          {to || <span className="not-answered">{t('draft.noAddress')}</span>}
        </p>
        <div className="field">
          <label htmlFor="draft-subject">{t('draft.subject')}</label>
          <input
            ref={subjectInput}
            id="draft-subject"
            type="text"
            lang={language}
            value={draft.shown.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="draft-body">{t('draft.message')}</label>
          <textarea
            ref={bodyInput}
            id="draft-body"
            lang={language}
            rows={rowsFor(draft.shown.body, 12)}
            value={draft.shown.body}
            onChange={(e) => edit({ body: e.target.value })}
          />
        </div>
      </div>

      <div className="print-only print-draft" lang={language}>
        {to && <p>{t('draft.printTo', { to }, language)}</p>}
        <p>
          <strong>{t('draft.printSubject', { subject: draft.shown.subject }, language)}</strong>
        </p>
        <pre className="draft-preview">{draft.shown.body}</pre>
      </div>

      {painted ? (
        <Suspense fallback={coachSpace}>
          <ToneCoach
            locale={language}
            parts={[
              { name: 'subject', label: t('draft.subject'), text: draft.shown.subject },
              { name: 'body', label: t('draft.message'), text: draft.shown.body },
            ]}
            onApply={(part, start, end, replacement) => {
              const key = part === 'subject' ? 'subject' : 'body';
              const text = draft.shown[key];
              edit({ [key]: text.slice(0, start) + replacement + text.slice(end) });
            }}
            onShow={(part, start, end) => {
              const input = inputOf(part);
              input?.focus();
              input?.setSelectionRange(start, end);
            }}
          />
        </Suspense>
      ) : (
        coachSpace
      )}
      <DraftActions draft={draft.shown} to={to} language={language} />
      <LogSentDraft
        scenarioId={scenario.id}
        draft={draft.shown}
        to={to}
        who={who}
        answers={answers}
      />
      <FollowUpCalendar
        flowId={scenario.flowId}
        answers={answers}
        subject={draft.shown.subject}
        who={who}
      />
      {sheet && <SheetPanel sheet={sheet} />}
      <FollowUpLinks
        from={scenario.flowId}
        scenarios={scenario.followUpsFor(context.answers)}
        offers={content.draftNotes?.frontmatter.followUps ?? {}}
      />

      <div className="actions no-print">
        {draft.edited && (
          <button
            type="button"
            className="button secondary"
            onClick={() => send({ type: 'draft.regenerate' })}
          >
            {t('draft.startAgain')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'draft.review' })}
        >
          {t('draft.backToAnswers')}
        </button>
      </div>
      <SaveStatusLine status={saveStatus} flow="guide" />
    </section>
  );
}
