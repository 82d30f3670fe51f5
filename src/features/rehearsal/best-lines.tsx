/**
 * The parent's best lines from the conversation: kept with the rehearsal, ready to copy,
 * and carried into the matching guide so its draft starts from words already practised.
 */
import { useState } from 'react';
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
    setStatus(
      copied
        ? 'Your best lines are copied. Paste them wherever you’re writing.'
        : 'Your browser didn’t allow copying. Select the lines above and copy them, or long-press them on a phone.',
    );
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
      result === 'already-answered'
        ? 'That part of the guide already has your own words, so nothing was changed. Copy your lines and paste them where they fit.'
        : 'Your lines couldn’t be added to the guide on this device. Copy them and paste them in instead.',
    );
  };

  if (lines.length === 0) {
    return (
      <p>
        None of your lines landed well this time, and that’s what practice is for. When you’re
        ready, <Link href={guideHref}>{guide?.title ?? 'the guide'}</Link> walks you through writing
        it step by step.
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
          Copy my best lines
        </button>
        {toCarry.length > 0 ? (
          <button
            type="button"
            className="button primary"
            aria-describedby="carry-where"
            disabled={busy}
            onClick={() => void carry()}
          >
            Use my best lines in a draft
          </button>
        ) : (
          <Link href={guideHref} className="button primary" aria-describedby="carry-where">
            Write the draft
          </Link>
        )}
      </div>
      <p className="hint" id="carry-where">
        The draft is written in the guide “{guide?.title ?? draft.scenario}”.
      </p>
      <p className="action-status" role="status">
        {status}
      </p>
    </>
  );
}
