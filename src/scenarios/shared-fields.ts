/**
 * Fields many scenarios ask, defined once. Sharing the name is what lets answers carry
 * over between scenarios and come from the family's records (docs/writing-scenarios.md).
 */
import type { FieldSpec } from '../lib/fields/field-spec';

export const parentName: FieldSpec = { name: 'parentName', kind: 'text', required: true };
export const relationship: FieldSpec = { name: 'relationship', kind: 'text', required: false };
export const childName: FieldSpec = { name: 'childName', kind: 'text', required: true };
export const grade: FieldSpec = { name: 'grade', kind: 'text', required: false };
export const teacherName: FieldSpec = { name: 'teacherName', kind: 'text', required: true };
export const teacherEmail: FieldSpec = { name: 'teacherEmail', kind: 'email', required: false };
