/**
 * Fields that more than one scenario asks, defined once. Sharing the name is what lets
 * answers carry over between scenarios and come from the family's records
 * (docs/writing-scenarios.md); a test fails when a field name used by two scenarios is
 * not taken from here. A scenario may only change whether a field is required.
 */
import type { FieldSpec } from '../lib/fields/field-spec';

const text = (name: string, required: boolean): FieldSpec => ({ name, kind: 'text', required });
const person = (name: string, required: boolean): FieldSpec => ({
  name,
  kind: 'text',
  required,
  shape: 'name',
});
const longtext = (name: string, required: boolean): FieldSpec => ({
  name,
  kind: 'longtext',
  required,
});

export const shared = {
  // Who is writing, about whom, to whom.
  parentName: person('parentName', true),
  relationship: { ...text('relationship', false), shape: 'relation' },
  childName: person('childName', true),
  grade: text('grade', false),
  teacherName: person('teacherName', true),
  teacherEmail: { name: 'teacherEmail', kind: 'email', required: false },
  contactName: person('contactName', true),
  contactRole: text('contactRole', false),
  contactEmail: { name: 'contactEmail', kind: 'email', required: false },
  requestDate: { name: 'requestDate', kind: 'date', required: true },
  // The day of a meeting or call with the school (planned, or already held).
  meetingDate: { name: 'meetingDate', kind: 'date', required: true },
  // What it is about.
  concern: text('concern', true),
  whatHappened: longtext('whatHappened', true),
  childSaid: longtext('childSaid', true),
  strengths: longtext('strengths', true),
  whatWorks: longtext('whatWorks', true),
  whatTried: longtext('whatTried', true),
  questions: { ...longtext('questions', false), shape: 'question' },
  reachMe: text('reachMe', false),
} satisfies Record<string, FieldSpec>;

/** The shared field, not required in this scenario. */
export const optional = (field: FieldSpec): FieldSpec => ({ ...field, required: false });
