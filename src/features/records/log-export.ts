/**
 * The conversation log as Markdown and CSV: what a parent brings to a meeting, with its
 * headings in the page's language (content/<locale>/ui/messages.json, records.log.export)
 * and each way of talking by its name in that language, not its stored value.
 */
import type { Child, LogEntry } from '../../lib/storage/record-schemas';
import { formatDay } from '../../lib/i18n/format';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import { recordWordsIn } from './record-words';

const COLUMNS = [
  'date',
  'child',
  'channel',
  'who',
  'summary',
  'agreements',
  'followUpDate',
  'followUpDone',
] as const;

/** Quotes every cell, and defuses cells a spreadsheet would run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const childName = (children: Child[], id: string) =>
  children.find((child) => child.id === id)?.name ?? '';

const channelName = (channel: string, locale: Locale) =>
  recordWordsIn(locale).log.channel.options?.[channel] ?? channel;

export function logToCsv(
  entries: LogEntry[],
  children: Child[],
  locale: Locale = pageLocale(),
): string {
  const header = COLUMNS.map((column) => t(`records.log.export.columns.${column}`, {}, locale));
  const rows = entries.map((entry) => [
    entry.date,
    childName(children, entry.childId),
    channelName(entry.channel, locale),
    entry.who,
    entry.summary,
    entry.agreements,
    entry.followUpDate,
    t(entry.followUpDone ? 'records.log.export.yes' : 'records.log.export.no', {}, locale),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Markdown renders HTML as HTML: what a parent typed (or a pasted "<script>") is written as
 * entities, so any viewer shows it as the text it was and runs nothing.
 */
const text = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function logToMarkdown(
  entries: LogEntry[],
  children: Child[],
  title: string,
  locale: Locale = pageLocale(),
): string {
  const word = (key: 'child' | 'discussed' | 'agreed' | 'followUpBy' | 'done') =>
    t(`records.log.export.${key}`, {}, locale);
  const sections = entries.map((entry) => {
    const child = text(childName(children, entry.childId));
    const heading = t(
      'records.log.export.heading',
      {
        date: formatDay(entry.date, locale),
        who: text(entry.who),
        channel: channelName(entry.channel, locale),
      },
      locale,
    );
    const lines = [
      `## ${heading}`,
      '',
      ...(child ? [`- **${word('child')}** ${child}`] : []),
      `- **${word('discussed')}** ${text(entry.summary)}`,
      ...(entry.agreements ? [`- **${word('agreed')}** ${text(entry.agreements)}`] : []),
      ...(entry.followUpDate
        ? [
            `- **${word('followUpBy')}** ${formatDay(entry.followUpDate, locale)}${entry.followUpDone ? ` ${word('done')}` : ''}`,
          ]
        : []),
    ];
    return lines.join('\n');
  });
  return [`# ${text(title)}`, '', ...sections.flatMap((section) => [section, ''])].join('\n');
}
