/**
 * The parent's best lines from the conversation: kept with the rehearsal, ready to copy,
 * and carried into the matching guide so its draft starts from words already practised.
 */
import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { Link, useLocation } from 'wouter';
import { raiseNotice } from '../../lib/notices';
import type { RehearsalContent } from '../../rehearsals/content';
import { scenarioSummaries } from '../../scenarios/content';
import { copyText } from '../../lib/copy-text';
import { carryLines } from '../../rehearsals/carry-lines';

export function BestLines({
  content,
  lines,
  toCarry,
}: {
  content: RehearsalContent;
  lines: readonly string[];
  toCarry: readonly string[];
}) {
  const { draft } = content.words;
  const guide = scenarioSummaries.find((summary) => summary.id === draft.scenario);
  const guideHref = `/scenarios/${draft.scenario}`;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();

  const copy = async () => {
    const copied = await copyText(lines.join('\n\n'));
    setStatus(t(copied ? 'rehearsal.lines.copied' : 'rehearsal.lines.copyRefused'));
  };
  const carry = async () => {
    setBusy(true);
    const result = await carryLines(draft.scenario, draft.field, toCarry);
    setBusy(false);
    if (result === 'carried') {
      raiseNotice({ id: 'rehearsal-lines', tone: 'info', message: draft.where });
      navigate(guideHref);
      return;
    }
    setStatus(
      t(
        result === 'already-answered'
          ? 'rehearsal.lines.alreadyAnswered'
          : 'rehearsal.lines.notSaved',
      ),
    );
  };

  if (lines.length === 0) {
    return (
      <p>
        {t('rehearsal.lines.noneLanded')}{' '}
        <Link href={guideHref}>{guide?.title ?? t('rehearsal.lines.theGuide')}</Link>
      </p>
    );
  }

  return (
    <>
      <ul className="best-lines">
        {lines.map((line) => (
          <li key={line}>
            <blockquote>{line}</blockquote>
          </li>
        ))}
      </ul>
      <div className="action-grid">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('rehearsal.lines.copy')}
        </button>
        {toCarry.length > 0 ? (
          <button
            type="button"
            className="button primary"
            aria-describedby="carry-where"
            disabled={busy}
            onClick={() => void carry()}
          >
            {t('rehearsal.lines.useInDraft')}
          </button>
        ) : (
          <Link href={guideHref} className="button primary" aria-describedby="carry-where">
            {t('rehearsal.lines.writeDraft')}
          </Link>
        )}
      </div>
      <p className="hint" id="carry-where">
        {t('rehearsal.lines.where', { guide: guide?.title ?? draft.scenario })}
      </p>
      <p className="action-status" role="status">
        {status}
      </p>
    </>
  );
}
