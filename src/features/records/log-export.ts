/** The conversation log as Markdown and CSV: what a parent brings to a meeting. */
import type { Child, LogEntry } from '../../lib/storage/record-schemas';

const COLUMNS = [
  'date',
  'child',
  'channel',
  'who',
  'summary',
  'agreements',
  'follow-up date',
  'follow-up done',
];

/** Quotes every cell, and defuses cells a spreadsheet would run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const childName = (children: Child[], id: string) =>
  children.find((child) => child.id === id)?.name ?? '';

export function logToCsv(entries: LogEntry[], children: Child[]): string {
  const rows = entries.map((entry) => [
    entry.date,
    childName(children, entry.childId),
    entry.channel,
    entry.who,
    entry.summary,
    entry.agreements,
    entry.followUpDate,
    entry.followUpDone ? 'yes' : 'no',
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Markdown renders HTML as HTML: what a parent typed (or a pasted "<script>") is written as
 * entities, so any viewer shows it as the text it was and runs nothing.
 */
const text = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function logToMarkdown(entries: LogEntry[], children: Child[], title: string): string {
  const sections = entries.map((entry) => {
    const child = text(childName(children, entry.childId));
    const lines = [
      `## ${entry.date}: ${text(entry.who)} (${entry.channel})`,
      '',
      ...(child ? [`- **Child:** ${child}`] : []),
      `- **What was discussed:** ${text(entry.summary)}`,
      ...(entry.agreements ? [`- **What was agreed:** ${text(entry.agreements)}`] : []),
      ...(entry.followUpDate
        ? [`- **Follow up by:** ${entry.followUpDate}${entry.followUpDone ? ' (done)' : ''}`]
        : []),
    ];
    return lines.join('\n');
  });
  return [`# ${text(title)}`, '', ...sections.flatMap((section) => [section, ''])].join('\n');
}
