/**
 * The tone coach beside a message being written: what may put the teacher on the
 * defensive and why, a rewrite to accept with one click, and what already works.
 * Analysis follows typing at low priority, so it never slows the parent down.
 */
import { useDeferredValue, useMemo } from 'react';
import words from '../../../content/en/tone/tone.json';
import { analyzeTone } from '../../tone/analyze';
import type { ToneFinding } from '../../tone/types';

export interface TextPart {
  /** Which text the finding is in, e.g. 'subject' or 'body'. */
  name: string;
  label: string;
  text: string;
}

interface ToneCoachProps {
  parts: TextPart[];
  /** Replaces text[start, end) of a part; called only when that span still holds `expected`. */
  onApply: (part: string, start: number, end: number, replacement: string) => void;
  /** Brings a span into view in the editor, selected. */
  onShow: (part: string, start: number, end: number) => void;
}

export function ToneCoach({ parts, onApply, onShow }: ToneCoachProps) {
  const deferred = useDeferredValue(parts);
  const reports = useMemo(
    () => deferred.map((part) => ({ part, report: analyzeTone(part.text) })),
    [deferred],
  );
  const findings = reports.flatMap(({ part, report }) =>
    report.findings.map((finding) => ({ part, finding })),
  );
  const strengthKinds = [
    ...new Set(reports.flatMap(({ report }) => report.strengths.map((s) => s.kind))),
  ];
  const heavy = reports.some(({ report }) => report.heavy);
  const current = (name: string) => parts.find((part) => part.name === name)?.text ?? '';
  // A rewrite may cover more than the marked words (a whole sentence); it applies only while
  // the words it replaces are still as they were when the coach read them.
  const applier = (part: TextPart, finding: ToneFinding) => {
    const rewrite = finding.rewrite;
    if (rewrite === undefined) return undefined;
    const { start, end, text } = rewrite;
    if (current(part.name).slice(start, end) !== part.text.slice(start, end)) return undefined;
    return () => onApply(part.name, start, end, text);
  };

  return (
    <section className="tone-coach no-print" aria-labelledby="tone-coach-title">
      <h2 id="tone-coach-title">Tone check</h2>
      <p role="status" className={findings.length ? 'tone-summary revise' : 'tone-summary ready'}>
        {findings.length === 0
          ? words.readyMessage
          : `${findings.length} ${findings.length === 1 ? 'phrase' : 'phrases'} may put the teacher on the defensive.`}
      </p>
      {heavy && <p className="tone-nudge">{words.heavyNudge}</p>}
      {findings.length > 0 && (
        <ul className="tone-findings">
          {findings.map(({ part, finding }) => (
            <FindingItem
              key={`${part.name}-${finding.start}-${finding.category}`}
              partLabel={part.label}
              finding={finding}
              onShow={() => onShow(part.name, finding.start, finding.end)}
              onApply={applier(part, finding)}
            />
          ))}
        </ul>
      )}
      {strengthKinds.length > 0 && (
        <>
          <h3>What’s already working</h3>
          <ul className="tone-strengths">
            {strengthKinds.map((kind) => (
              <li key={kind}>{words.strengths[kind]}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface FindingItemProps {
  partLabel: string;
  finding: ToneFinding;
  onShow: () => void;
  onApply: (() => void) | undefined;
}

function FindingItem({ partLabel, finding, onShow, onApply }: FindingItemProps) {
  const category = words.categories[finding.category];
  return (
    <li className="tone-finding">
      <p className="tone-category">{category.name}</p>
      <p>
        <span className="visually-hidden">In the {partLabel.toLowerCase()}: </span>
        <mark>{finding.text}</mark>
      </p>
      <p>{finding.message}</p>
      {finding.rewrite === undefined ? (
        <p className="tone-suggestion">{finding.advice ?? category.tryInstead}</p>
      ) : finding.rewrite.text === '' ? (
        <p className="tone-suggestion">{words.removeWords}</p>
      ) : (
        <p className="tone-suggestion">
          <span className="tone-try">Try: </span>“{finding.rewrite.text}”
        </p>
      )}
      <div className="tone-actions">
        {onApply && (
          <button type="button" className="button primary" onClick={onApply}>
            Use this wording
          </button>
        )}
        <button type="button" className="button secondary" onClick={onShow}>
          Show me in the {partLabel.toLowerCase()}
        </button>
      </div>
    </li>
  );
}
