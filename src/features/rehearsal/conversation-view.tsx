/** The conversation itself: what has been said, how the teacher seems, and the parent's turn. */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { lineWords, personas, sharedWords, type RehearsalContent } from '../../rehearsals/content';
import type { LogEntry, PersonaId } from '../../rehearsals/types';
import { ConversationLog } from './conversation-log';
import { ReplyForm } from './reply-form';
import { SaveStatusLine } from '../../ui/save-status-line';
import type { RehearsalScreenProps } from './screen-props';
import { useSpeech } from './use-speech';

/** The teacher's lines among `entries`, as they are read aloud: who speaks, then what. */
function spoken(content: RehearsalContent, persona: PersonaId, entries: readonly LogEntry[]) {
  return entries.flatMap((entry) =>
    entry.by === 'teacher'
      ? (lineWords(content, persona, entry.line) ?? []).map((u) => `${u.name}: ${u.says}`)
      : [],
  );
}

export function ConversationView({
  rehearsal,
  content,
  context,
  send,
  saveStatus,
  keptConversation,
}: RehearsalScreenProps & { keptConversation: boolean }) {
  const { words } = content;
  const turnHeading = useRef<HTMLHeadingElement>(null);
  const persona = context.persona ?? 'receptive';
  const beat = words.beats[context.beat];
  const teacher = words.people.teacher;
  const speech = useSpeech();
  const [readAloud, setReadAloud] = useState(false);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const restartButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askedToRestart = useRef(false);
  const logLength = context.log.length;
  const shownLength = useRef(logLength);
  // The note about a kept conversation holds until the parent says something new; a
  // conversation begun on this page (one line long at first) never needs it.
  const [openedAt] = useState(logLength);
  const showKept = keptConversation && openedAt > 1 && logLength === openedAt;

  // After each turn, keyboard and screen-reader users continue from "Your turn"; the log
  // region has already announced the new lines. Lines are read aloud when asked for.
  useEffect(() => {
    const before = shownLength.current;
    shownLength.current = logLength;
    if (logLength <= before) return;
    turnHeading.current?.focus();
    if (speech && readAloud) speech.say(spoken(content, persona, context.log.slice(before)));
    // Only a change in the log's length is a new turn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [logLength]);

  // The question replaces the button that asked it, so focus follows it there and back.
  useEffect(() => {
    if (confirmRestart) confirmButton.current?.focus();
    else if (askedToRestart.current) restartButton.current?.focus();
    askedToRestart.current = confirmRestart;
  }, [confirmRestart]);

  const lastTeacherLine = () => {
    const last = context.log.findLast((entry) => entry.by === 'teacher');
    return last ? spoken(content, persona, [last]) : [];
  };

  if (!beat) throw new Error(`Rehearsal ${content.id} has no beat ${context.beat}`);
  const tensionWord = sharedWords.tension[context.tension] ?? sharedWords.tension.at(-1);

  return (
    <section className="page narrow rehearsal" aria-labelledby="rehearsal-title">
      <p className="rehearsal-kicker">
        {t('rehearsal.kicker', { teacher: personas[persona].aTeacher })}
      </p>
      <PageHeading id="rehearsal-title">{words.title}</PageHeading>
      {showKept && <p className="callout">{t('rehearsal.kept')}</p>}
      <p className="rehearsal-scene">{content.teachers[persona].scene}</p>
      <details className="rehearsal-situation">
        <summary>{t('rehearsal.whatsGoingOn')}</summary>
        <p>{words.situation}</p>
      </details>

      <ConversationLog
        content={content}
        persona={persona}
        log={context.log}
        live
        label={t('rehearsal.conversationWith', { teacher })}
      />

      <p className="rehearsal-mood">
        <span className={`mood-dot mood-${Math.min(context.tension, 5)}`} aria-hidden="true" />
        {t('rehearsal.mood', { teacher, mood: tensionWord ?? '' })}
      </p>

      <ReplyForm
        key={beat.id}
        form={`reply.${content.id}.${beat.id}`}
        beat={beat}
        locale={rehearsal.spec.locale ?? 'en'}
        send={send}
        headingRef={turnHeading}
      />

      <div className="rehearsal-tools">
        {speech && (
          <button
            type="button"
            className="button secondary"
            aria-pressed={readAloud}
            onClick={() => {
              const on = !readAloud;
              setReadAloud(on);
              if (on) speech.say(lastTeacherLine());
              else speech.stop();
            }}
          >
            {t('rehearsal.readAloud')}
            <span className="toggle-state" aria-hidden="true">
              {t(readAloud ? 'rehearsal.on' : 'rehearsal.off')}
            </span>
          </button>
        )}
        {confirmRestart ? (
          <div className="confirm" role="group" aria-labelledby="restart-question">
            <p id="restart-question">{t('rehearsal.restart.question')}</p>
            <button
              type="button"
              ref={confirmButton}
              className="button secondary"
              onClick={() => send({ type: 'rehearsal.restart' })}
            >
              {t('rehearsal.restart.yes')}
            </button>
            <button type="button" className="button quiet" onClick={() => setConfirmRestart(false)}>
              {t('rehearsal.restart.no')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            ref={restartButton}
            className="button quiet"
            onClick={() => setConfirmRestart(true)}
          >
            {t('rehearsal.restart.ask')}
          </button>
        )}
        <Link href="/rehearsals" className="button quiet">
          {t('rehearsal.all')}
        </Link>
      </div>
      <SaveStatusLine status={saveStatus} flow="rehearsal" />
    </section>
  );
}
