/**
 * A session with the family in this workspace: the agenda to run in order, the coach's
 * notes, the next steps the family takes home, the packet, and past sessions.
 */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import * as v from 'valibot';
import { sessionSchema, type Session } from '../../lib/storage/record-schemas';
import { clearFormDraft, keepFormDraft, readFormDraft } from '../../lib/form-drafts';
import { newRecordId, saveRecord } from '../../lib/storage/records-store';
import { downloadText, fileNameFrom } from '../../lib/download';
import { rehearsalSummaries } from '../../rehearsals/content';
import { scenarioSummaries } from '../../scenarios/content';
import { today } from '../../lib/dates';
import { formatDay } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';
import { useUnsavedWork } from '../../lib/unsaved-work';
import { agendaDrafts, familyFile } from './packet';
import { ConfirmStep } from '../../ui/confirm-step';
import { coachName } from '../../lib/coach-name';
import { isUpcoming } from '../../lib/storage/log-order';
import { AddFollowUpButton } from '../../ui/calendar-button';
import { checkInFits, CheckInField, CheckInShown } from './session-check-in';

/** What a session can work through: the guides, then the rehearsals ("rehearsal:<id>"). */
const agendaChoices = [
  ...scenarioSummaries.map(({ id, title }) => ({ id, title, href: `/scenarios/${id}` })),
  ...rehearsalSummaries.map(({ id, title }) => ({
    id: `rehearsal:${id}`,
    title: t('coach.session.rehearseItem', { title }),
    href: `/rehearsals/${id}`,
  })),
];
const choiceOf = (id: string) => agendaChoices.find((choice) => choice.id === id);
const titleOf = (id: string) => choiceOf(id)?.title ?? id;
const SESSION_FORM = 'session';

export function SessionPanel({ family }: { family: string }) {
  const sessions = recordsOf(useRecords('sessions')).sort(
    (a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt,
  );
  const log = recordsOf(useRecords('log'));
  // A session being written survives a tap elsewhere, another page and a reload.
  const [editing, setEditing] = useState<Session | null>(() => {
    const kept = v.safeParse(sessionSchema, readFormDraft(SESSION_FORM));
    return kept.success ? kept.output : null;
  });
  const [status, setStatus] = useState('');
  const [discarding, setDiscarding] = useState(false);
  const [drafts, setDrafts] = useState<Awaited<ReturnType<typeof agendaDrafts>>>([]);
  const current = editing ?? sessions[0] ?? null;
  const saved = editing && sessions.find((session) => session.id === editing.id);
  const unsaved =
    editing !== null &&
    (saved
      ? JSON.stringify(editing) !== JSON.stringify(saved)
      : editing.agenda.length > 0 ||
        editing.notes !== '' ||
        editing.nextSteps !== '' ||
        editing.checkIn !== '');
  useUnsavedWork(unsaved);
  useEffect(() => {
    if (unsaved) keepFormDraft(SESSION_FORM, editing);
    else clearFormDraft(SESSION_FORM);
  }, [unsaved, editing]);

  useEffect(() => {
    let live = true;
    void agendaDrafts(current?.agenda ?? []).then((found) => live && setDrafts(found));
    return () => {
      live = false;
    };
  }, [current?.agenda]);

  const startSession = () =>
    setEditing({
      id: newRecordId(),
      date: today(),
      agenda: [],
      nextSteps: '',
      checkIn: '',
      notes: '',
      updatedAt: 0,
    });
  const update = (change: Partial<Session>) => current && setEditing({ ...current, ...change });
  const save = async () => {
    if (!current) return;
    if (!checkInFits(current)) return setStatus(t('coach.session.checkInEarly'));
    const seen = sessions.some((session) => session.id === current.id) ? current.updatedAt : null;
    const result = await saveRecord('sessions', current, seen);
    if (result.kind === 'saved') {
      setEditing(null);
      setStatus(t('coach.session.saved'));
    } else {
      const gone = result.kind === 'failed' && result.fault === 'gone';
      setStatus(t(gone ? 'records.form.gone' : 'coach.session.notSaved'));
    }
  };
  const downloadFile = async () => {
    const file = await familyFile();
    if (!file) return setStatus(t('coach.session.noStorage'));
    downloadText(
      `${fileNameFrom(`common-ground-${family}-${today()}`, t('app.files.family'))}.json`,
      JSON.stringify(file, null, 2),
      'application/json',
    );
    setStatus(t('coach.session.fileDownloaded'));
  };
  const followUps = log
    .filter((entry) => entry.followUpDate && !entry.followUpDone)
    .sort((a, b) => a.followUpDate.localeCompare(b.followUpDate));

  return (
    <section className="records-section" aria-labelledby="session-title">
      <h2 id="session-title">{t('coach.session.title', { family })}</h2>
      {!current ? (
        <button type="button" className="button primary" onClick={startSession}>
          {t('coach.session.start')}
        </button>
      ) : (
        <>
          <p>
            <strong>{t('coach.session.of', { date: formatDay(current.date) })}</strong>
            {!editing && (
              <>
                {' '}
                <button
                  type="button"
                  className="button quiet no-print"
                  onClick={() => setEditing(current)}
                >
                  {t('coach.session.edit')}
                </button>
                <button type="button" className="button quiet no-print" onClick={startSession}>
                  {t('coach.session.startNew')}
                </button>
              </>
            )}
          </p>
          {editing && (
            <fieldset className="field no-print">
              <legend>{t('coach.session.agendaLegend')}</legend>
              {agendaChoices.map((choice) => (
                <label key={choice.id} className="choice">
                  <input
                    type="checkbox"
                    checked={editing.agenda.includes(choice.id)}
                    onChange={(event) =>
                      update({
                        agenda: event.target.checked
                          ? [...editing.agenda, choice.id]
                          : editing.agenda.filter((id) => id !== choice.id),
                      })
                    }
                  />
                  <span>{choice.title}</span>
                </label>
              ))}
            </fieldset>
          )}
          <header className="packet-cover print-only">
            <p className="packet-cover-title">{t('coach.cover.title')}</p>
            <h2>{t('coach.cover.family', { family })}</h2>
            {coachName() && <p>{t('coach.cover.coach', { coach: coachName() })}</p>}
            <p>{t('coach.cover.date', { date: formatDay(current.date) })}</p>
            <h3>{t('coach.cover.agenda')}</h3>
            <ol>
              {current.agenda.map((id) => (
                <li key={id}>{titleOf(id)}</li>
              ))}
            </ol>
          </header>
          <h3>{t('coach.session.agenda')}</h3>
          {current.agenda.length === 0 ? (
            <p className="not-answered">{t('coach.session.agendaEmpty')}</p>
          ) : (
            <ol className="agenda">
              {current.agenda.map((id) => (
                <li key={id}>
                  <Link href={choiceOf(id)?.href ?? '/'}>{titleOf(id)}</Link>
                </li>
              ))}
            </ol>
          )}
          {editing ? (
            <>
              <div className="field no-print">
                <label htmlFor="session-notes">{t('coach.session.notes')}</label>
                <textarea
                  id="session-notes"
                  rows={6}
                  value={editing.notes}
                  onChange={(e) => update({ notes: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor="session-next">{t('coach.session.nextSteps')}</label>
                <textarea
                  id="session-next"
                  rows={4}
                  value={editing.nextSteps}
                  onChange={(e) => update({ nextSteps: e.target.value })}
                />
              </div>
              <CheckInField session={editing} onChange={(checkIn) => update({ checkIn })} />
              <div className="actions no-print">
                <button type="button" className="button primary" onClick={() => void save()}>
                  {t('coach.session.save')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => (unsaved ? setDiscarding(true) : setEditing(null))}
                >
                  {t('coach.session.cancel')}
                </button>
              </div>
              {discarding && (
                <ConfirmStep
                  question={t('form.discardQuestion')}
                  confirmLabel={t('form.discard')}
                  keepLabel={t('form.keepTyping')}
                  onConfirm={() => {
                    setDiscarding(false);
                    setEditing(null);
                  }}
                  onKeep={() => setDiscarding(false)}
                >
                  {t('form.discardText')}
                </ConfirmStep>
              )}
            </>
          ) : (
            <>
              {current.notes && (
                <div className="coach-note no-print">
                  <p className="coach-note-label">{t('coach.session.yourNotes')}</p>
                  <p className="log-text">{current.notes}</p>
                </div>
              )}
              <h3>{t('coach.session.nextStepsTitle')}</h3>
              <p className="log-text">{current.nextSteps || t('coach.session.noNextSteps')}</p>
              <CheckInShown session={current} family={family} />
            </>
          )}
          <h3>{t('coach.session.drafts')}</h3>
          {drafts.length === 0 ? (
            <p className="not-answered">{t('coach.session.noDrafts')}</p>
          ) : (
            drafts.map(({ flowId, scenarioId, draft, language }) => (
              <article key={flowId} className="packet-draft">
                <h4>{titleOf(scenarioId)}</h4>
                <p>
                  <strong>{t('coach.session.subject', { subject: draft.subject })}</strong>
                </p>
                <pre className="draft-preview" lang={language}>
                  {draft.body}
                </pre>
              </article>
            ))
          )}
          <h3>{t('coach.session.followUps')}</h3>
          {followUps.length === 0 ? (
            <p className="not-answered">{t('coach.session.noFollowUps')}</p>
          ) : (
            <ul>
              {followUps.map((entry) => (
                <li key={entry.id}>
                  {t('coach.session.followUp', {
                    date: formatDay(entry.followUpDate),
                    who: entry.who,
                    summary: entry.summary,
                  })}
                  {isUpcoming(entry, today()) && (
                    <>
                      {' '}
                      <AddFollowUpButton
                        followUp={{
                          id: entry.id,
                          date: entry.followUpDate,
                          who: entry.who,
                          what: entry.summary,
                        }}
                        today={today()}
                      />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="actions no-print">
            <button type="button" className="button primary" onClick={() => window.print()}>
              {t('coach.session.print')}
            </button>
            <button type="button" className="button secondary" onClick={() => void downloadFile()}>
              {t('coach.session.downloadFile')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="action-status no-print">
        {status}
      </p>
      {sessions.length > 1 && (
        <div className="no-print">
          <h3>{t('coach.session.earlier')}</h3>
          <ul>
            {sessions.slice(1).map((session) => (
              <li key={session.id}>
                {formatDay(session.date)}:{' '}
                {session.agenda.map(titleOf).join(', ') || t('coach.session.noAgenda')}
                {session.nextSteps &&
                  t('coach.session.earlierNextSteps', { nextSteps: session.nextSteps })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
