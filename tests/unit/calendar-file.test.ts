/** The .ics files of follow-ups, held to the rules of RFC 5545 a calendar app relies on. */
import {
  briefly,
  calendarFile,
  escapeText,
  foldLine,
  upcomingEvents,
  utcStamp,
  type CalendarEvent,
} from '../../src/lib/calendar-file';
import ICAL from 'ical.js';
import { hostileTexts } from '../support/hostile-text';

const NOW = new Date('2026-10-02T23:30:05.123-07:00');
const rivera: CalendarEvent = {
  id: 'l1',
  date: '2026-10-09',
  summary: 'Follow up with Ms. Rivera: recess',
};

const bytes = (text: string) => new TextEncoder().encode(text).length;
/** Content lines as a calendar reads them: CRLF followed by a space or tab continues a line. */
const unfold = (file: string) =>
  file
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const valueOf = (lines: string[], name: string) =>
  lines.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1));

test('one follow-up is one all-day event with a reminder at 9:00 the day before', () => {
  expect(calendarFile([rivera], NOW)).toBe(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Common Ground//Follow-ups//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:l1@common-ground',
      'DTSTAMP:20261003T063005Z',
      'DTSTART;VALUE=DATE:20261009',
      'DTEND;VALUE=DATE:20261010',
      'SUMMARY:Follow up with Ms. Rivera: recess',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Follow up with Ms. Rivera: recess',
      'TRIGGER;RELATED=START:-PT15H',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
});

test('every line ends in CRLF, with no bare line feed or carriage return anywhere', () => {
  const file = calendarFile([{ ...rivera, summary: 'two\nlines\r\nand\rmore' }], NOW);
  expect(file.endsWith('\r\n')).toBe(true);
  expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
});

test('DTSTAMP is the moment of writing in UTC, to the second', () => {
  expect(utcStamp(NOW)).toBe('20261003T063005Z');
  expect(utcStamp(new Date(Date.UTC(2027, 0, 1, 0, 0, 0)))).toBe('20270101T000000Z');
  const [stamp] = valueOf(unfold(calendarFile([rivera], NOW)), 'DTSTAMP');
  expect(stamp).toMatch(/^\d{8}T\d{6}Z$/);
});

test('the event ends the next day, across months, years and a leap day', () => {
  const cases: [string, string, string][] = [
    ['2026-10-31', '20261031', '20261101'],
    ['2026-12-31', '20261231', '20270101'],
    ['2028-02-28', '20280228', '20280229'],
    ['2028-02-29', '20280229', '20280301'],
  ];
  for (const [date, start, end] of cases) {
    const lines = unfold(calendarFile([{ ...rivera, date }], NOW));
    expect(lines).toContain(`DTSTART;VALUE=DATE:${start}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${end}`);
  }
});

test('a day that is not on the calendar is refused rather than written', () => {
  for (const date of ['2026-02-30', '2026-13-01', '10/09/2026', '']) {
    expect(() => calendarFile([{ ...rivera, date }], NOW), date).toThrow(RangeError);
  }
});

test('the reminder sits inside its event and fires 15 hours before the day starts', () => {
  const lines = unfold(calendarFile([rivera, { ...rivera, id: 'l2' }], NOW));
  const events = lines.join('\n').split('BEGIN:VEVENT').slice(1);
  expect(events).toHaveLength(2);
  for (const event of events) {
    const alarm = event.slice(event.indexOf('BEGIN:VALARM'), event.indexOf('END:VEVENT'));
    expect(alarm).toContain('ACTION:DISPLAY');
    expect(alarm).toContain('TRIGGER;RELATED=START:-PT15H');
    expect(alarm).toContain('DESCRIPTION:Follow up with Ms. Rivera: recess');
    expect(alarm).toContain('END:VALARM');
  }
});

test('commas, semicolons, backslashes and line breaks are escaped in text', () => {
  expect(escapeText('Recess, lunch; and \\ more')).toBe('Recess\\, lunch\\; and \\\\ more');
  expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  expect(escapeText('tab\tstays, bell\u0007 and nul\u0000 go')).toBe(
    'tab\tstays\\, bell and nul go',
  );
  const [summary] = valueOf(
    unfold(calendarFile([{ ...rivera, summary: 'a,b;c\\d\ne' }], NOW)),
    'SUMMARY',
  );
  expect(summary).toBe('a\\,b\\;c\\\\d\\ne');
});

test('any text a parent types comes back out of the file exactly', () => {
  for (const text of hostileTexts(200)) {
    const lines = unfold(calendarFile([{ ...rivera, summary: text }], NOW));
    const [summary] = valueOf(lines, 'SUMMARY');
    // Unescaped commas or semicolons would split the value; none may be left bare.
    expect(summary?.replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,]/);
    expect(unescape(summary ?? '')).toBe(text.replace(/\r\n|\r/g, '\n'));
  }
});

test('long lines fold at 75 octets, and unfold to the line they were', () => {
  const summary = 'Follow up with Ms. Rivera: '.padEnd(300, 'recess and finishing work ');
  const file = calendarFile([{ ...rivera, summary }], NOW);
  const physical = file.split('\r\n').slice(0, -1);
  for (const line of physical) expect(bytes(line)).toBeLessThanOrEqual(75);
  const folded = physical.filter((line) => line.startsWith(' '));
  expect(folded.length).toBeGreaterThanOrEqual(8);
  expect(physical.find((line) => line.startsWith('SUMMARY:'))).toHaveLength(75);
  expect(valueOf(unfold(file), 'SUMMARY')).toEqual([summary]);
  expect(valueOf(unfold(file), 'DESCRIPTION')).toEqual([summary]);
  expect(foldLine('short')).toBe('short');
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
});

test('folding never cuts through a character of two, three or four bytes', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder();
  // Each offset puts the 75-octet boundary at a different byte of the wide characters.
  for (const wide of ['é', '中', '🙂', 'e\u0301']) {
    for (let offset = 0; offset < 4; offset++) {
      const line = `SUMMARY:${'a'.repeat(offset)}${wide.repeat(60)}`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        const encoded = encoder.encode(part);
        expect(encoded.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(encoded)).not.toThrow();
        expect(part).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  }
});

test('all upcoming follow-ups go in one file: today and later, soonest first, none past', () => {
  const events: CalendarEvent[] = [
    { id: 'late', date: '2026-11-20', summary: 'Late' },
    { id: 'past', date: '2026-10-01', summary: 'Past' },
    { id: 'today', date: '2026-10-02', summary: 'Today' },
    { id: 'soon', date: '2026-10-05', summary: 'Soon' },
  ];
  const upcoming = upcomingEvents(events, '2026-10-02');
  expect(upcoming.map((event) => event.id)).toEqual(['today', 'soon', 'late']);
  const lines = unfold(calendarFile(upcoming, NOW));
  expect(valueOf(lines, 'UID')).toEqual([
    'today@common-ground',
    'soon@common-ground',
    'late@common-ground',
  ]);
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
  expect(lines.join('\n')).not.toContain('Past');
});

test('an event carries its day, its summary and its reminder, nothing else', () => {
  const names = unfold(calendarFile([rivera], NOW)).map((line) => line.split(/[:;]/)[0]);
  expect(new Set(names)).toEqual(
    new Set([
      ...['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTAMP'],
      ...['DTSTART', 'DTEND', 'SUMMARY', 'TRANSP', 'ACTION', 'DESCRIPTION', 'TRIGGER'],
    ]),
  );
});

test('a long note becomes a short title: its first line, cut at a word', () => {
  expect(briefly('Recess and finishing work.')).toBe('Recess and finishing work.');
  expect(briefly('\n  Recess   and\tlunch\nSecond line')).toBe('Recess and lunch');
  expect(
    briefly('We talked about recess, lunch, the reading group and the homework folder in detail'),
  ).toBe('We talked about recess, lunch, the reading group and the…');
  expect(briefly('🙂'.repeat(80), 10)).toBe(`${'🙂'.repeat(10)}…`);
});

test('a calendar parser (ical.js, as in Thunderbird) reads the file back as written', () => {
  const texts = [
    'Follow up with Ms. Rivera: recess, lunch; and \\ “more”\nnext',
    ...hostileTexts(40),
  ];
  const events = texts.map((summary, index) => ({ id: `e${index}`, date: '2026-12-31', summary }));
  const calendar = new ICAL.Component(ICAL.parse(calendarFile(events, NOW)));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const parsed = calendar.getAllSubcomponents('vevent');
  expect(parsed).toHaveLength(texts.length);
  for (const [index, vevent] of parsed.entries()) {
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`e${index}@common-ground`);
    expect(event.summary).toBe(texts[index]?.replace(/\r\n|\r/g, '\n'));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.endDate.toString()).toBe('2027-01-01');
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().getTime()).toBe(Math.floor(NOW.getTime() / 1000) * 1000);
    const alarm = vevent.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-15 * 60 * 60);
    // The reminder fires at 9:00 on the day before, on whatever clock the phone keeps.
    const fires = event.startDate.clone();
    fires.isDate = false; // midnight at the start of the day
    fires.addDuration(trigger);
    expect(fires.toString()).toBe('2026-12-30T09:00:00');
  }
});
