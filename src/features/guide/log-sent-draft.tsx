/**
 * "I sent it": records the sent draft and a log entry for the conversation in one step,
 * using what the guide already knows (who, when, what was agreed, when to follow up). Both
 * are written in one transaction, so the log never points at a draft that was not kept.
 */
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { CHANNELS, type LogEntry } from '../../lib/storage/record-schemas';
import { newRecordId } from '../../lib/storage/records-store';
import { saveNewRecords, type RecordsSaveResult } from '../../lib/storage/save-together';
import type { DraftText } from '../../scenarios/engine/types';
import type { Answers } from '../../lib/fields/field-spec';
import { today } from '../../lib/dates';
import { formatInstantDay, formatNumber } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

interface LogSentDraftProps {
  scenarioId: string;
  draft: DraftText;
  to: string;
  /** The name of whom the draft goes to, or ''. */
  who: string;
  answers: Answers;
}

const isChannel = (value: string | undefined): value is LogEntry['channel'] =>
  (CHANNELS as readonly string[]).includes(value ?? '');

/** What went wrong, in the parent's terms: the draft part that is too long, not "the device". */
function problemWith(result: Exclude<RecordsSaveResult, { kind: 'saved' }>): string {
  switch (result.kind) {
    case 'invalid':
      if (result.store === 'drafts' && (result.field === 'subject' || result.field === 'body')) {
        return t('draft.logSent.problem.tooLong', {
          part: t(`draft.logSent.problem.part.${result.field}`),
          max: formatNumber(result.max ?? 0),
        });
      }
      return t('draft.logSent.problem.doesNotFit', { field: result.field });
    case 'conflict':
      return t('draft.logSent.problem.conflict');
    case 'failed':
      return t(`draft.logSent.problem.${result.fault === 'quota' ? 'full' : 'unavailable'}`);
  }
}

export function LogSentDraft({ scenarioId, draft, to, who, answers }: LogSentDraftProps) {
  const children = recordsOf(useRecords('children'));
  const sent = recordsOf(useRecords('drafts'));
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  // A second press while the first is being saved must not add a second entry.
  const busy = useRef(false);
  const already = sent.find(
    (saved) =>
      saved.scenarioId === scenarioId &&
      saved.subject === draft.subject &&
      saved.body === draft.body,
  );

  const log = async () => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    const draftId = newRecordId();
    const entryId = newRecordId();
    const child = children.find((candidate) => candidate.name === answers.childName?.trim());
    const entry: LogEntry = {
      id: entryId,
      date: answers.meetingDate || today(),
      channel: isChannel(answers.channel) ? answers.channel : 'email',
      childId: child?.id ?? '',
      who: (who || to || t('draft.logSent.defaultWho')).trim(),
      summary: (
        answers.summary || t('draft.logSent.defaultSummary', { subject: draft.subject })
      ).trim(),
      agreements: (answers.agreements ?? '').trim(),
      followUpDate: answers.followUpDate ?? '',
      followUpDone: false,
      draftId,
      updatedAt: 0,
    };
    const result = await saveNewRecords([
      {
        store: 'drafts',
        record: {
          id: draftId,
          scenarioId,
          to,
          ...draft,
          sentAt: Date.now(),
          logEntryId: entryId,
          updatedAt: 0,
        },
      },
      { store: 'log', record: entry },
    ]);
    setProblem(result.kind === 'saved' ? '' : problemWith(result));
    busy.current = false;
    setSaving(false);
  };

  return (
    <section className="log-sent no-print" aria-labelledby="log-sent-title">
      <h2 id="log-sent-title">{t('draft.logSent.title')}</h2>
      {already ? (
        <p role="status">
          {t('draft.logSent.sentOn', { date: formatInstantDay(already.sentAt) })}{' '}
          <Link href="/records#log">{t('draft.logSent.logLink')}</Link>.
        </p>
      ) : (
        <>
          <p className="hint">{t('draft.logSent.hint')}</p>
          <button
            type="button"
            className="button secondary"
            aria-disabled={saving}
            onClick={() => void log()}
          >
            {t('draft.logSent.button')}
          </button>
        </>
      )}
      {problem && !already && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
