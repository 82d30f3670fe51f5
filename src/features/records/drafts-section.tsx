/** Drafts still being written (reopen them where you left off) and drafts already sent. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { savedFlowIds } from '../../lib/storage/flow-store';
import { onRecordsChanged } from '../../lib/storage/records-store';
import { scenarioSummaries } from '../../scenarios/content';
import { today } from '../../lib/dates';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

export function DraftsSection() {
  const sent = recordsOf(useRecords('drafts')).sort((a, b) => b.sentAt - a.sentAt);
  const [inProgress, setInProgress] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void savedFlowIds().then((ids) => live && setInProgress(ids));
    load();
    const stop = onRecordsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const guides = scenarioSummaries.filter((summary) => inProgress.includes(summary.id));

  return (
    <section id="drafts" className="records-section" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Drafts</h2>
      <h3>Still being written</h3>
      {guides.length === 0 ? (
        <p className="not-answered">No drafts in progress.</p>
      ) : (
        <ul className="record-list">
          {guides.map((guide) => (
            <li key={guide.id} className="record-card">
              <p>
                <strong>{guide.title}</strong> · draft
              </p>
              <Link href={`/scenarios/${guide.id}`} className="button secondary">
                Continue where you left off
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3>Sent</h3>
      {sent.length === 0 ? (
        <p className="not-answered">Nothing marked as sent yet.</p>
      ) : (
        <ul className="record-list">
          {sent.map((draft) => (
            <li key={draft.id} className="record-card">
              <p>
                <strong>{draft.subject}</strong> · sent {today(new Date(draft.sentAt))}
                {draft.to && <> to {draft.to}</>}
              </p>
              <details>
                <summary>Read what you sent</summary>
                <pre className="draft-preview">{draft.body}</pre>
              </details>
              <a href={`#record-${draft.logEntryId}`}>See it in the conversation log</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
