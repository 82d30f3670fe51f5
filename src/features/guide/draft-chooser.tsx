/**
 * A guide that already has drafts: continue one of them, or start a new one for another
 * child or another incident.
 */
import { Link } from 'wouter';
import { today } from '../../lib/dates';
import { formatRelativeDay } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { draftFlowId, newDraftKey, type SavedDraft } from '../../lib/storage/guide-drafts';
import { scenarioSummaries } from '../../scenarios/content';
import { draftLabel, draftStatus } from '../../ui/draft-label';
import { PageHeading } from '../../ui/page-heading';

export function DraftChooser({
  scenarioId,
  drafts,
  onOpen,
}: {
  scenarioId: string;
  drafts: SavedDraft[];
  onOpen: (flowId: string) => void;
}) {
  const title = scenarioSummaries.find((summary) => summary.id === scenarioId)?.title ?? '';
  const now = today();
  return (
    <section className="page narrow draft-chooser">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('guide.drafts.lead', { count: drafts.length })}</p>
      <ul className="record-list">
        {drafts.map((draft) => (
          <li key={draft.flowId} className="record-card">
            <p>
              <strong>{draftLabel(draft)}</strong>
              <br />
              {draftStatus(draft)} ·{' '}
              {t('guide.drafts.changed', {
                when: formatRelativeDay(today(new Date(draft.savedAt)), now),
              })}
            </p>
            <button type="button" className="button primary" onClick={() => onOpen(draft.flowId)}>
              {t('guide.drafts.continue')}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => onOpen(draftFlowId(scenarioId, newDraftKey()))}
        >
          {t('guide.drafts.new')}
        </button>
        <Link href="/" className="button quiet">
          {t('guide.allSituations')}
        </Link>
      </div>
    </section>
  );
}
