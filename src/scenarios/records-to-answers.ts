/**
 * What the family's records can answer in a guide, under the shared field names
 * (docs/writing-scenarios.md), so a parent never types the same thing twice.
 */
import type { Child, Contact, LogEntry } from '../lib/storage/record-schemas';
import type { Answers } from '../lib/fields/field-spec';
import { byDateDescending } from '../lib/storage/log-order';

export const FILLED_FROM_RECORDS = [
  'childName',
  'grade',
  'strengths',
  'challenges',
  'whatWorks',
  'teacherName',
  'teacherEmail',
  'contactName',
  'contactEmail',
  'contactRole',
  'whatTried',
] as const;

/** The history a parent would otherwise retype: each conversation, oldest first. */
export function historyFromLog(entries: LogEntry[]): string {
  return [...entries]
    .sort(byDateDescending)
    .reverse()
    .map(
      (entry) =>
        `On ${entry.date} I talked with ${entry.who}: ${entry.summary}${entry.agreements ? ` We agreed: ${entry.agreements}` : ''}`,
    )
    .join('\n');
}

export function answersFromRecords(
  child: Child | undefined,
  contact: Contact | undefined,
  log: LogEntry[],
): Answers {
  const answers: Answers = {};
  if (child) {
    Object.assign(answers, {
      childName: child.name,
      grade: child.grade,
      strengths: child.strengths,
      challenges: child.challenges,
      whatWorks: child.whatWorks,
    });
    const history = historyFromLog(log.filter((entry) => entry.childId === child.id));
    if (history) answers.whatTried = history;
  }
  if (contact) {
    Object.assign(answers, {
      teacherName: contact.name,
      teacherEmail: contact.email,
      contactName: contact.name,
      contactEmail: contact.email,
      contactRole: contact.role === 'other' ? '' : contact.role,
    });
  }
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value.trim() !== ''));
}
