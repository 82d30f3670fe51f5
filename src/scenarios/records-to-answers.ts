/**
 * What the family's records can answer in a guide, under the shared field names
 * (docs/writing-scenarios.md), so a parent never types the same thing twice.
 */
import type { Child, Contact, LogEntry } from '../lib/storage/record-schemas';
import type { Answers } from '../lib/fields/field-spec';
import { byDateDescending } from '../lib/storage/log-order';
import { fillIn } from '../lib/fill-in';
import { formatDay } from '../lib/i18n/format';
import { pageLocale, type Locale } from '../lib/i18n/locale';
import { filesFor } from '../lib/i18n/localized-files';
import type english from '../../content/en/drafts/records.json';

// A few words per language, kept apart from the drafts' composition so a guide's step, which
// offers to fill answers from the records, loads none of the drafts' machinery.
const recordsFiles = import.meta.glob<typeof english>('../../content/*/drafts/records.json', {
  eager: true,
  import: 'default',
});
const recordsWords = (locale: Locale) =>
  filesFor(recordsFiles, locale)['drafts/records.json'] as typeof english;

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

/**
 * The history a parent would otherwise retype: each conversation, oldest first, in the
 * words of the page's language (content/<locale>/drafts/records.json).
 */
export function historyFromLog(entries: LogEntry[], locale: Locale = pageLocale()): string {
  const words = recordsWords(locale);
  return [...entries]
    .sort(byDateDescending)
    .reverse()
    .map((entry) => {
      const talk = fillIn(words.talk, {
        date: formatDay(entry.date, locale),
        who: entry.who,
        summary: entry.summary,
      });
      return entry.agreements
        ? `${talk} ${fillIn(words.agreed, { agreements: entry.agreements })}`
        : talk;
    })
    .join('\n');
}

export function answersFromRecords(
  child: Child | undefined,
  contact: Contact | undefined,
  log: LogEntry[],
  locale: Locale = pageLocale(),
): Answers {
  const roles: Record<string, string> = recordsWords(locale).roles;
  const answers: Answers = {};
  if (child) {
    Object.assign(answers, {
      childName: child.name,
      grade: child.grade,
      strengths: child.strengths,
      challenges: child.challenges,
      whatWorks: child.whatWorks,
    });
    const history = historyFromLog(
      log.filter((entry) => entry.childId === child.id),
      locale,
    );
    if (history) answers.whatTried = history;
  }
  if (contact) {
    Object.assign(answers, {
      teacherName: contact.name,
      teacherEmail: contact.email,
      contactName: contact.name,
      contactEmail: contact.email,
      // The role as the draft's language says it ("teacher", "docente"); "other" says nothing.
      contactRole: roles[contact.role] ?? '',
    });
  }
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value.trim() !== ''));
}
