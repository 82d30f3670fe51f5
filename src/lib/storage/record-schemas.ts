/**
 * The family's records, as stored and as imported: every record is checked against
 * these schemas on read and on import, and the TypeScript types come from them.
 */
import * as v from 'valibot';
import { counter } from './counter';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max), '');
const isoDate = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const updatedAt = counter;

export const childSchema = v.object({
  id,
  name: text(200),
  grade: optionalText(200),
  school: optionalText(200),
  strengths: optionalText(4000),
  challenges: optionalText(4000),
  whatWorks: optionalText(4000),
  plan: v.optional(v.picklist(['none', 'iep', '504', 'other', 'unsure']), 'none'),
  updatedAt,
});

export const CONTACT_ROLES = ['teacher', 'principal', 'counselor', 'specialist', 'other'] as const;
export const CHANNELS = ['email', 'phone', 'app', 'in-person', 'video', 'note'] as const;

export const contactSchema = v.object({
  id,
  name: text(200),
  role: v.picklist(CONTACT_ROLES),
  email: v.union([v.literal(''), v.pipe(v.string(), v.email(), v.maxLength(254))]),
  channel: v.optional(v.union([v.literal(''), v.picklist(CHANNELS)]), ''),
  bestTimes: optionalText(200),
  updatedAt,
});

export const logEntrySchema = v.object({
  id,
  date: v.pipe(v.string(), v.isoDate()),
  channel: v.picklist(CHANNELS),
  childId: v.optional(v.union([v.literal(''), id]), ''),
  who: text(200),
  summary: text(4000),
  agreements: optionalText(4000),
  followUpDate: v.optional(isoDate, ''),
  followUpDone: v.optional(v.boolean(), false),
  /** The sent draft this entry records, if it came from one. */
  draftId: v.optional(v.union([v.literal(''), id]), ''),
  updatedAt,
});

export const sentDraftSchema = v.object({
  id,
  scenarioId: text(64),
  to: optionalText(254),
  subject: text(1000),
  body: text(20000),
  sentAt: updatedAt,
  logEntryId: id,
  updatedAt,
});

/** A coaching session with a family: what was worked on, and what comes next. */
export const sessionSchema = v.object({
  id,
  date: v.pipe(v.string(), v.isoDate()),
  /** Scenario ids, and rehearsal ids prefixed "rehearsal:", in the order planned. */
  agenda: v.array(text(100)),
  /** What the family takes home: agreed next steps, in the coach's words. */
  nextSteps: optionalText(4000),
  /** The next session or check-in the coach and family agreed on, if they did. */
  checkIn: v.optional(isoDate, ''),
  /** The coach's own notes; never part of the take-home packet. */
  notes: optionalText(20000),
  updatedAt,
});

/** A client family, as listed in the coach's own workspace. */
export const familySchema = v.object({ id, name: text(200), updatedAt });

export type Child = v.InferOutput<typeof childSchema>;
export type Contact = v.InferOutput<typeof contactSchema>;
export type LogEntry = v.InferOutput<typeof logEntrySchema>;
export type SentDraft = v.InferOutput<typeof sentDraftSchema>;
export type Session = v.InferOutput<typeof sessionSchema>;
export type Family = v.InferOutput<typeof familySchema>;

/** The record stores, each with its schema: one list serves reading, import and backup. */
export const recordSchemas = {
  children: childSchema,
  contacts: contactSchema,
  log: logEntrySchema,
  drafts: sentDraftSchema,
  sessions: sessionSchema,
  families: familySchema,
} as const;

export type RecordStore = keyof typeof recordSchemas;
export interface RecordTypes {
  children: Child;
  contacts: Contact;
  log: LogEntry;
  drafts: SentDraft;
  sessions: Session;
  families: Family;
}
