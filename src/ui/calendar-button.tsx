/**
 * "Add to calendar": saves follow-ups as an .ics file the phone's calendar opens. The file
 * writer loads on the first press, so no page carries it until a parent asks for it.
 */
import { downloadText } from '../lib/download';
import { formatDay } from '../lib/i18n/format';
import { t } from '../lib/i18n/messages';

/** A follow-up as the calendar needs it: when, with whom, about what. */
export interface FollowUp {
  /** Stable for the same follow-up, so importing it again updates the event. */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  who: string;
  /** What it is about, in the parent's words; shortened to a title. */
  what: string;
}

interface CalendarButtonProps {
  followUps: readonly FollowUp[];
  /** Today on this device (YYYY-MM-DD): follow-ups before it never go in the file. */
  today: string;
  /** The file's name, without ".ics". */
  fileName: string;
  label: string;
  /** A name that tells this button from its neighbours, starting with the label. */
  name?: string;
  className?: string;
}

export function CalendarButton({
  followUps,
  today,
  fileName,
  label,
  ...props
}: CalendarButtonProps) {
  const download = async () => {
    const { briefly, calendarFile, upcomingEvents } = await import('../lib/calendar-file');
    const events = followUps.map(({ id, date, who, what }) => {
      const values = { who: who.trim(), what: briefly(what) };
      const key = values.who
        ? values.what
          ? 'calendar.summary'
          : 'calendar.summaryWho'
        : values.what
          ? 'calendar.summaryWhat'
          : 'calendar.summaryPlain';
      return { id, date, summary: t(key, values) };
    });
    downloadText(
      `${fileName}.ics`,
      calendarFile(upcomingEvents(events, today), new Date()),
      'text/calendar',
    );
  };
  return (
    <button
      type="button"
      className={props.className ?? 'button quiet no-print'}
      aria-label={props.name}
      onClick={() => void download()}
    >
      {label}
    </button>
  );
}

/** The button for one follow-up, named by who it is with and its day. */
export function AddFollowUpButton({
  followUp,
  today,
  className,
}: {
  followUp: FollowUp;
  today: string;
  className?: string;
}) {
  const date = formatDay(followUp.date);
  const who = followUp.who.trim();
  return (
    <CalendarButton
      followUps={[followUp]}
      today={today}
      fileName={t('calendar.fileOne', { date: followUp.date })}
      label={t('calendar.add')}
      name={t(who ? 'calendar.addName' : 'calendar.addNameNoWho', { who, date })}
      className={className}
    />
  );
}
