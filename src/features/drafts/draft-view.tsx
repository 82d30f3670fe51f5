/** The finished draft: edit it, then copy, email, download or print it. */
import { usePageHeading } from '../../lib/use-page-heading';
import type { GuideScreenProps } from '../guide/guide-props';
import { SaveStatusLine } from '../guide/save-status';
import { DraftActions } from './draft-actions';
import { useDraft } from './use-draft';

export function DraftView({ scenario, content, context, send, saveStatus }: GuideScreenProps) {
  const heading = usePageHeading<HTMLHeadingElement>('Your draft');
  const draft = useDraft(scenario, content, context);
  const to = context.answers.teacherEmail?.trim() ?? '';
  const edit = (change: Partial<typeof draft.shown>) =>
    send({ type: 'draft.edit', ...draft.shown, ...change, basedOn: draft.basedOn });

  return (
    <section className="page narrow draft">
      <h1 ref={heading} tabIndex={-1}>
        Your draft
      </h1>
      <p className="lead no-print">
        Read it through as the teacher would. Change any word: your edits are saved on this device.
      </p>

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
            id="draft-subject"
            type="text"
            value={draft.shown.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="draft-body">Message</label>
          <textarea
            id="draft-body"
            rows={18}
            value={draft.shown.body}
            onChange={(e) => edit({ body: e.target.value })}
          />
        </div>
      </div>

      <div className="print-only">
        {to && <p>To: {to}</p>}
        <p>
          <strong>Subject: {draft.shown.subject}</strong>
        </p>
        <pre className="draft-preview">{draft.shown.body}</pre>
      </div>

      <DraftActions draft={draft.shown} to={to} />

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
      <SaveStatusLine status={saveStatus} />
    </section>
  );
}
