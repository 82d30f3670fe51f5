/** What each record form asks, and how form values become records and back. */
import type { FieldSpec } from '../../lib/fields/field-spec';
import {
  CHANNELS,
  CONTACT_ROLES,
  type Child,
  type Contact,
  type LogEntry,
} from '../../lib/storage/record-schemas';
import type { EditSaveResult } from '../../lib/storage/record-edit';
import type { RecordStore } from '../../lib/storage/record-schemas';
import type { SaveReply } from './record-form';

export const childFields: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'grade', kind: 'text', required: false },
  { name: 'school', kind: 'text', required: false },
  { name: 'strengths', kind: 'longtext', required: false },
  { name: 'challenges', kind: 'longtext', required: false },
  { name: 'whatWorks', kind: 'longtext', required: false },
  {
    name: 'plan',
    kind: 'choice',
    required: true,
    options: ['none', 'iep', '504', 'other', 'unsure'],
  },
];

export const contactFields: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'role', kind: 'choice', required: true, options: CONTACT_ROLES },
  { name: 'email', kind: 'email', required: false },
  { name: 'channel', kind: 'choice', required: false, options: CHANNELS },
  { name: 'bestTimes', kind: 'text', required: false },
];

/** The log form lists the family's children as the choices for "which child". */
export const logFields = (childIds: string[]): FieldSpec[] => [
  { name: 'date', kind: 'date', required: true },
  { name: 'channel', kind: 'choice', required: true, options: CHANNELS },
  ...(childIds.length > 0
    ? [{ name: 'childId', kind: 'choice' as const, required: false, options: childIds }]
    : []),
  { name: 'who', kind: 'text', required: true },
  { name: 'summary', kind: 'longtext', required: true },
  { name: 'agreements', kind: 'longtext', required: false },
  { name: 'followUpDate', kind: 'date', required: false, notBefore: 'date' },
];

const trimmed = (values: Record<string, string>, name: string) => (values[name] ?? '').trim();

export const childFromValues = (
  id: string,
  values: Record<string, string>,
  updatedAt: number,
): Child => ({
  id,
  name: trimmed(values, 'name'),
  grade: trimmed(values, 'grade'),
  school: trimmed(values, 'school'),
  strengths: trimmed(values, 'strengths'),
  challenges: trimmed(values, 'challenges'),
  whatWorks: trimmed(values, 'whatWorks'),
  plan: trimmed(values, 'plan') as Child['plan'],
  updatedAt,
});

export const contactFromValues = (
  id: string,
  values: Record<string, string>,
  updatedAt: number,
): Contact => ({
  id,
  name: trimmed(values, 'name'),
  role: trimmed(values, 'role') as Contact['role'],
  email: trimmed(values, 'email'),
  channel: trimmed(values, 'channel') as Contact['channel'],
  bestTimes: trimmed(values, 'bestTimes'),
  updatedAt,
});

export const logEntryFromValues = (
  id: string,
  values: Record<string, string>,
  updatedAt: number,
  keep: Pick<LogEntry, 'followUpDone' | 'draftId'>,
): LogEntry => ({
  id,
  date: trimmed(values, 'date'),
  channel: trimmed(values, 'channel') as LogEntry['channel'],
  childId: trimmed(values, 'childId'),
  who: trimmed(values, 'who'),
  summary: trimmed(values, 'summary'),
  agreements: trimmed(values, 'agreements'),
  followUpDate: trimmed(values, 'followUpDate'),
  ...keep,
  updatedAt,
});

/** A record as form values: every field a string. */
export const valuesOf = (record: object): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record).filter(([, value]) => typeof value === 'string'),
  ) as Record<string, string>;

/** What the form needs to hear about a save. */
export function replyOf(result: EditSaveResult<RecordStore>): SaveReply {
  switch (result.kind) {
    case 'failed':
      return { outcome: result.fault };
    case 'conflict':
      return {
        outcome: 'conflict',
        current: result.current,
        theirs: valuesOf(result.current),
        fromOtherTab: result.fromOtherTab,
        fields: result.fields,
      };
    default:
      return { outcome: result.kind };
  }
}
