/** The finished draft: edit it, then copy, email, download or print it. */
import { useRef } from 'react';
import { usePageHeading } from '../../ui/use-page-heading';
import { LogSentDraft } from './log-sent-draft';
import { ToneCoach } from './tone-coach';
import type { GuideScreenProps } from './guide-props';
import { SaveStatusLine } from '../../ui/save-status-line';
import { composeDraft } from '../../scenarios/drafts/compose-draft';
import { DraftActions } from './draft-actions';
import { FollowUpLinks } from './follow-up-links';
import { SheetPanel } from './sheet-panel';
import { useDraft } from './use-draft';

export function DraftView({ scenario, content, context, send, saveStatus }: GuideScreenProps) {
  const heading = usePageHeading<HTMLHeadingElement>('Your draft');
  const draft = useDraft(scenario, content, context);
  const to = scenario.recipientOf(context.answers);
  const Notes = content.draftNotes?.default;
  const sheet =
    content.sheet &&
    composeDraft(content.sheet, scenario.fields, scenario.answersOnPath(context.answers));
  const edit = (change: Partial<typeof draft.shown>) =>
    send({ type: 'draft.edit', ...draft.shown, ...change, basedOn: draft.basedOn });
  const subjectInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const inputOf = (part: string) => (part === 'subject' ? subjectInput.current : bodyInput.current);

  return (
    <section className="page narrow draft">
      <h1 ref={heading} tabIndex={-1} className="no-print">
        Your draft
      </h1>
      <p className="lead no-print">
        Read it through as the teacher would. Change any word: your edits are saved on this device.
      </p>
      {Notes && (
        <div className="help no-print">
          <Notes />
        </div>
      )}

      {draft.outOfDate && (
        <div className="callout no-print" role="region" aria-labelledby="out-of-date-title">
          <h2 id="out-of-date-title">Your answers changed after you edited this draft</h2>
          <p>
            Your edited version is kept below. You can keep it, or start again from a fresh draft
            built from your answers.
          </p>
          <details>
            <summary>See the fresh draft</summary>
            <pre className="draft-preview">{`${draft.generated.subject}\n\n${draft.generated.body}`}</pre>
          </details>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => send({ type: 'draft.keepEdits', basedOn: draft.generated })}
            >
              Keep my edited version
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => send({ type: 'draft.regenerate' })}
            >
              Use the fresh draft
            </button>
          </div>
        </div>
      )}

      {context.discardedEdits && !draft.edited && (
        <div className="callout no-print" role="status">
          <p>
            You’re looking at a fresh draft from your answers. Your earlier edits are kept until you
            change this one.
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() => send({ type: 'draft.undoRegenerate' })}
          >
            Bring back my edited version
          </button>
        </div>
      )}

      <div className="draft-fields no-print">
        <p className="draft-to">
          <span className="draft-to-label">To: </span>
          {to || <span className="not-answered">no address yet: add it in your mail app</span>}
        </p>
        <div className="field">
          <label htmlFor="draft-subject">Subject</label>
          <input
            ref={subjectInput}
            id="draft-subject"
            type="text"
            value={draft.shown.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="draft-body">Message</label>
          <textarea
            ref={bodyInput}
            id="draft-body"
            rows={18}
            value={draft.shown.body}
            onChange={(e) => edit({ body: e.target.value })}
          />
        </div>
      </div>

      <div className="print-only print-draft">
        {to && <p>To: {to}</p>}
        <p>
          <strong>Subject: {draft.shown.subject}</strong>
        </p>
        <pre className="draft-preview">{draft.shown.body}</pre>
      </div>

      <ToneCoach
        parts={[
          { name: 'subject', label: 'Subject', text: draft.shown.subject },
          { name: 'body', label: 'Message', text: draft.shown.body },
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
      <DraftActions draft={draft.shown} to={to} />
      <LogSentDraft
        scenarioId={scenario.id}
        draft={draft.shown}
        to={to}
        answers={scenario.answersOnPath(context.answers)}
      />
      {sheet && <SheetPanel sheet={sheet} />}
      <FollowUpLinks
        from={scenario.id}
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
            Start again from my answers
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'draft.review' })}
        >
          Back to my answers
        </button>
      </div>
      <SaveStatusLine status={saveStatus} flow="guide" />
    </section>
  );
}
