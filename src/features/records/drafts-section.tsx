/** Drafts still being written (reopen them where you left off) and drafts already sent. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { savedDrafts, type SavedDraft } from '../../lib/storage/guide-drafts';
import { onRecordsChanged } from '../../lib/storage/records-store';
import { scenarioSummaries } from '../../scenarios/content';
import { formatInstantDay } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';
import { draftLabel, draftStatus } from '../../ui/draft-label';
import { encodePart } from '../../lib/well-formed';

export function DraftsSection() {
  const sent = recordsOf(useRecords('drafts')).sort((a, b) => b.sentAt - a.sentAt);
  const [inProgress, setInProgress] = useState<SavedDraft[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void savedDrafts().then((drafts) => live && setInProgress(drafts));
    load();
    const stop = onRecordsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const titleOf = (id: string) => scenarioSummaries.find((summary) => summary.id === id)?.title;

  return (
    <section id="drafts" className="records-section" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('records.drafts.title')}</h2>
      <h3>{t('records.drafts.inProgress')}</h3>
      {inProgress.length === 0 ? (
        <p className="not-answered">{t('records.drafts.noneInProgress')}</p>
      ) : (
        <ul className="record-list">
          {inProgress.map((draft) => (
            <li key={draft.flowId} className="record-card">
              <p>
                <strong>{titleOf(draft.scenarioId)}</strong> · {draftLabel(draft)} ·{' '}
                {draftStatus(draft)}
              </p>
              <Link
                href={`/scenarios/${draft.scenarioId}?draft=${encodePart(draft.flowId)}`}
                className="button secondary"
                aria-label={t('records.drafts.continueNamed', { draft: draftLabel(draft) })}
              >
                {t('records.drafts.continue')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('records.drafts.sent')}</h3>
      {sent.length === 0 ? (
        <p className="not-answered">{t('records.drafts.noneSent')}</p>
      ) : (
        <ul className="record-list">
          {sent.map((draft) => (
            <li key={draft.id} className="record-card">
              <p>
                <strong>{draft.subject}</strong> ·{' '}
                {t('records.drafts.sentOn', { date: formatInstantDay(draft.sentAt) })}
                {draft.to && <> {t('records.drafts.sentTo', { to: draft.to })}</>}
              </p>
              <details>
                <summary>{t('records.drafts.readSent')}</summary>
                <pre className="draft-preview">{draft.body}</pre>
              </details>
              <a href={`#record-${draft.logEntryId}`}>{t('records.drafts.seeInLog')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
