/**
 * A session's next check-in: the day the coach and family agreed to meet or talk again,
 * chosen in the session form and, once saved, shown with a way into the calendar.
 */
import { today } from '../../lib/dates';
import { isDayBefore } from '../../lib/fields/validate-answers';
import { formatDayFromToday } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import type { Session } from '../../lib/storage/record-schemas';
import { AddFollowUpButton } from '../../ui/calendar-button';

/** Whether the check-in is missing or falls on or after the session (else it cannot be saved). */
export const checkInFits = ({ checkIn, date }: Session) => !checkIn || !isDayBefore(checkIn, date);

export function CheckInField({
  session,
  onChange,
}: {
  session: Session;
  onChange: (checkIn: string) => void;
}) {
  const fits = checkInFits(session);
  return (
    <div className={`field${fits ? '' : ' has-error'}`}>
      <label htmlFor="session-check-in">{t('coach.session.checkIn')}</label>
      <p className="hint" id="session-check-in-hint">
        {t('coach.session.checkInHint')}
      </p>
      {!fits && (
        <p className="field-error" id="session-check-in-error">
          {t('coach.session.checkInEarly')}
        </p>
      )}
      <input
        id="session-check-in"
        type="date"
        min={session.date}
        value={session.checkIn}
        aria-invalid={!fits}
        aria-describedby={`session-check-in-hint${fits ? '' : ' session-check-in-error'}`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function CheckInShown({ session, family }: { session: Session; family: string }) {
  if (!session.checkIn) return null;
  const day = today();
  return (
    <p>
      {t('coach.session.checkInOn', { date: formatDayFromToday(session.checkIn, day) })}
      {session.checkIn >= day && (
        <>
          {' '}
          <AddFollowUpButton
            followUp={{
              id: `${session.id}-check-in`,
              date: session.checkIn,
              who: family,
              what: t('coach.session.checkInWhat'),
            }}
            today={day}
          />
        </>
      )}
    </p>
  );
}
