/**
 * The conversation so far: the teacher's lines, the parent's, and the coach's note after
 * each of the parent's turns. While the conversation runs it is a live log that screen
 * readers follow; in the debrief the same list is the transcript.
 */
import { pageLocale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import { lineWords, type RehearsalContent } from '../../rehearsals/content';
import { parentWords } from '../../rehearsals/debrief';
import type { LogEntry, PersonaId } from '../../rehearsals/types';
import { feedbackFor } from '../../rehearsals/turn-feedback';
import { TurnFeedbackNote } from './turn-feedback-note';

export function ConversationLog({
  content,
  persona,
  log,
  live,
  label,
}: {
  content: RehearsalContent;
  persona: PersonaId;
  log: readonly LogEntry[];
  live: boolean;
  label: string;
}) {
  const items = log.flatMap((entry, index) => {
    if (entry.by === 'teacher') {
      return (lineWords(content, persona, entry.line) ?? []).map((utterance, part) => (
        <li
          key={`${index}-${part}`}
          className={`line line-${utterance.who === 'teacher' ? 'teacher' : 'other'}`}
        >
          <span className="speaker">{utterance.name}</span>
          <p>{utterance.says}</p>
        </li>
      ));
    }
    return [
      <li key={index} className="line line-parent">
        <span className="speaker">{t('rehearsal.you')}</span>
        {/* The parent's own words keep the language they were said in, for screen readers. */}
        <p lang={entry.locale && entry.locale !== pageLocale() ? entry.locale : undefined}>
          {parentWords(content, entry)}
        </p>
      </li>,
      <li key={`${index}-feedback`} className="line line-coach">
        <TurnFeedbackNote feedback={feedbackFor(content, entry)} />
      </li>,
    ];
  });
  const list = <ol className="conversation">{items}</ol>;
  return live ? (
    <div role="log" aria-label={label} className="conversation-log">
      {list}
    </div>
  ) : (
    <div className="conversation-log">{list}</div>
  );
}
