/**
 * The tone coach beside a message being written: what may put the teacher on the
 * defensive and why, a rewrite to accept with one click, and what already works.
 * Analysis follows typing at low priority, so it never slows the parent down.
 */
import { useDeferredValue, useMemo } from 'react';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import { analyzeTone } from '../../tone/analyze';
import { loadToneLocale } from '../../tone/locale-content';
import type { ToneFinding } from '../../tone/types';
import { toneWordsFor, type LocaleToneWords } from '../../tone/words';

/** Loads the rules, words and model of `locale` before the coach first reads a draft in it. */
export const prepareToneCoach = (locale: Locale = pageLocale()) => loadToneLocale(locale);

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
  /** The language the draft is written in (the page's), loaded by `prepareToneCoach`. */
  locale?: Locale;
}

export function ToneCoach({ parts, onApply, onShow, locale = pageLocale() }: ToneCoachProps) {
  const deferred = useDeferredValue(parts);
  const reports = useMemo(
    () => deferred.map((part) => ({ part, report: analyzeTone(part.text, { locale }) })),
    [deferred, locale],
  );
  const words = toneWordsFor(locale);
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
      <h2 id="tone-coach-title">{t('draft.tone.title')}</h2>
      <p role="status" className={findings.length ? 'tone-summary revise' : 'tone-summary ready'}>
        {findings.length === 0
          ? words.readyMessage
          : t('draft.tone.summary', { count: findings.length })}
      </p>
      {heavy && <p className="tone-nudge">{words.heavyNudge}</p>}
      {findings.length > 0 && (
        <ul className="tone-findings">
          {findings.map(({ part, finding }) => (
            <FindingItem
              key={`${part.name}-${finding.start}-${finding.category}`}
              partLabel={part.label}
              finding={finding}
              words={words}
              onShow={() => onShow(part.name, finding.start, finding.end)}
              onApply={applier(part, finding)}
            />
          ))}
        </ul>
      )}
      {strengthKinds.length > 0 && (
        <>
          <h3>{t('draft.tone.working')}</h3>
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
  words: LocaleToneWords;
  onShow: () => void;
  onApply: (() => void) | undefined;
}

function FindingItem({ partLabel, finding, words, onShow, onApply }: FindingItemProps) {
  const category = words.categories[finding.category];
  return (
    <li className="tone-finding">
      <p className="tone-category">{category.name}</p>
      <p>
        <span className="visually-hidden">
          {t('draft.tone.inPart', { part: partLabel.toLowerCase() })}
        </span>
        <mark>{finding.text}</mark>
      </p>
      <p>{finding.message}</p>
      {finding.rewrite === undefined ? (
        <p className="tone-suggestion">{finding.advice ?? category.tryInstead}</p>
      ) : finding.rewrite.text === '' ? (
        <p className="tone-suggestion">{words.removeWords}</p>
      ) : (
        <p className="tone-suggestion">
          <span className="tone-try">{t('draft.tone.try')}</span>“{finding.rewrite.text}”
        </p>
      )}
      <div className="tone-actions">
        {onApply && (
          <button type="button" className="button primary" onClick={onApply}>
            {t('draft.tone.useWording')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onShow}>
          {t('draft.tone.showMe', { part: partLabel.toLowerCase() })}
        </button>
      </div>
    </li>
  );
}
