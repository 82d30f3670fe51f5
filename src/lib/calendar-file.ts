/**
 * Follow-up dates as an iCalendar file (RFC 5545) a phone or desktop calendar imports: one
 * all-day event per follow-up, with a reminder at 9:00 the morning before. An event carries
 * only its summary (what, and who it is with): nothing else the parent wrote leaves the app.
 * Written by hand rather than with a library: what the app needs is about sixty lines, and
 * the usual package (`ics`) brings a validation library several times that size.
 */

/** One follow-up for the calendar. */
export interface CalendarEvent {
  /** Stable per follow-up, so importing the same one again updates it instead of doubling it. */
  id: string;
  /** The day, YYYY-MM-DD: an all-day event on the device's own calendar, never shifted. */
  date: string;
  /** What the calendar shows: "Follow up with Ms. Rivera: recess". */
  summary: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The day as a date and the day after it, checked to be a real day ("2026-02-30" is not). */
function dayAndNext(date: string): [string, string] {
  const [year, month, day] = date.split('-').map(Number);
  const start = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || start.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar day: ${date}`);
  }
  const next = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  return [date.replace(/-/g, ''), next.toISOString().slice(0, 10).replace(/-/g, '')];
}

/** 20261009T081500Z: the instant in UTC, as DTSTAMP must be. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslashes, semicolons and commas escaped, every kind of
 * line break written as "\n", and other control characters (which TEXT cannot hold) dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((unit) => unit === '\t' || (unit >= ' ' && unit !== '\u007f'))
    .join('');
}

const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * A content line folded at 75 octets (§3.1): each continuation starts with one space. The
 * line is cut between characters, never inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const length = octets(character.codePointAt(0) ?? 0);
    if (size + length > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += character;
    size += length;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** The follow-ups from `today` (YYYY-MM-DD) on, soonest first: past days never go in. */
export function upcomingEvents(events: readonly CalendarEvent[], today: string): CalendarEvent[] {
  return events
    .filter((event) => event.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The whole file: a VCALENDAR holding one VEVENT per follow-up, stamped `now`. */
export function calendarFile(events: readonly CalendarEvent[], now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Common Ground//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => {
      const [start, end] = dayAndNext(event.date);
      const summary = escapeText(event.summary);
      return [
        'BEGIN:VEVENT',
        `UID:${escapeText(event.id)}@common-ground`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${start}`,
        `DTEND;VALUE=DATE:${end}`,
        `SUMMARY:${summary}`,
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${summary}`,
        // An all-day event starts at midnight: 15 hours earlier is 9:00 the day before.
        'TRIGGER;RELATED=START:-PT15H',
        'END:VALARM',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A long note as a calendar title: its first line, cut at a word near `max` characters. */
export function briefly(text: string, max = 60): string {
  const line = (text.split(/\r\n|\r|\n/).find((part) => part.trim() !== '') ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...line].length <= max) return line;
  const cut = [...line].slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.]+$/, '')}…`;
}
