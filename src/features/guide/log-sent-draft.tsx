/**
 * "I sent it": records the sent draft and a log entry for the conversation in one step,
 * using what the guide already knows (who, when, what was agreed, when to follow up).
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { CHANNELS, type LogEntry } from '../../lib/storage/record-schemas';
import { newRecordId, saveRecord } from '../../lib/storage/records-store';
import type { DraftText } from '../../scenarios/engine/types';
import type { Answers } from '../../lib/fields/field-spec';
import { today } from '../../lib/dates';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

interface LogSentDraftProps {
  scenarioId: string;
  draft: DraftText;
  to: string;
  answers: Answers;
}

const isChannel = (value: string | undefined): value is LogEntry['channel'] =>
  (CHANNELS as readonly string[]).includes(value ?? '');

export function LogSentDraft({ scenarioId, draft, to, answers }: LogSentDraftProps) {
  const children = recordsOf(useRecords('children'));
  const sent = recordsOf(useRecords('drafts'));
  const [problem, setProblem] = useState(false);
  const already = sent.find(
    (saved) =>
      saved.scenarioId === scenarioId &&
      saved.subject === draft.subject &&
      saved.body === draft.body,
  );

  const log = async () => {
    const draftId = newRecordId();
    const entryId = newRecordId();
    const child = children.find((candidate) => candidate.name === answers.childName?.trim());
    const entry: LogEntry = {
      id: entryId,
      date: answers.meetingDate || today(),
      channel: isChannel(answers.channel) ? answers.channel : 'email',
      childId: child?.id ?? '',
      who: (
        answers.teacherName ||
        answers.contactName ||
        answers.recipientName ||
        to ||
        'the school'
      ).trim(),
      summary: (answers.summary || `Sent “${draft.subject}”.`).trim(),
      agreements: (answers.agreements ?? '').trim(),
      followUpDate: answers.followUpDate ?? '',
      followUpDone: false,
      draftId,
      updatedAt: 0,
    };
    const savedEntry = await saveRecord('log', entry, null);
    const savedDraft = await saveRecord(
      'drafts',
      {
        id: draftId,
        scenarioId,
        to,
        ...draft,
        sentAt: Date.now(),
        logEntryId: entryId,
        updatedAt: 0,
      },
      null,
    );
    setProblem(savedEntry.kind !== 'saved' || savedDraft.kind !== 'saved');
  };

  return (
    <section className="log-sent no-print" aria-labelledby="log-sent-title">
      <h2 id="log-sent-title">Keep a record</h2>
      {already ? (
        <p role="status">
          Sent on {today(new Date(already.sentAt))} and added to{' '}
          <Link href="/records#log">your conversation log</Link>.
        </p>
      ) : (
        <>
          <p className="hint">
            Once you’ve sent it, add it to your log with the date, so you can look back on what was
            said.
          </p>
          <button type="button" className="button secondary" onClick={() => void log()}>
            I sent it: add it to my log
          </button>
        </>
      )}
      {problem && (
        <p className="field-error" role="alert">
          This couldn’t be saved on this device. Your draft is still here: copy it before you leave.
        </p>
      )}
    </section>
  );
}
