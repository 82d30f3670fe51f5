/**
 * Under a draft whose answers name a follow-up date still ahead (the meeting follow-up's
 * next check-in, or any guide with a `followUpDate` field): put it in the calendar.
 */
import { today } from '../../lib/dates';
import type { Answers } from '../../lib/fields/field-spec';
import { formatDayFromToday } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { AddFollowUpButton } from '../../ui/calendar-button';

interface FollowUpCalendarProps {
  /** The draft's own id: the same draft downloaded again updates its event. */
  flowId: string;
  answers: Answers;
  /** What the follow-up is about when the answers hold no summary: the draft's subject. */
  subject: string;
  who: string;
}

export function FollowUpCalendar({ flowId, answers, subject, who }: FollowUpCalendarProps) {
  const date = answers.followUpDate ?? '';
  const day = today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < day) return null;
  return (
    <section className="log-sent no-print" aria-labelledby="follow-up-calendar-title">
      <h2 id="follow-up-calendar-title">{t('calendar.draftTitle')}</h2>
      <p>{t('calendar.draftWhen', { date: formatDayFromToday(date, day) })}</p>
      <AddFollowUpButton
        followUp={{ id: `${flowId}-follow-up`, date, who, what: answers.summary || subject }}
        today={day}
        className="button secondary"
      />
      <p className="hint">{t('calendar.hint')}</p>
    </section>
  );
}
