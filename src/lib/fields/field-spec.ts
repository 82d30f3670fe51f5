/**
 * The shape of a question any form asks (a guide's step, a record form): how it is entered
 * and checked. Logic only: the words for a field live in content, in `FieldWords`.
 */

export type FieldKind = 'text' | 'longtext' | 'email' | 'choice' | 'date';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** Allowed values of a `choice` field, in display order. */
  options?: readonly string[];
  /**
   * What a text field holds, when its kind alone does not say, so drafts can tidy it:
   * a person's name, something the parent will do, a question, when something happened
   * (see tidy-answer.ts), a message someone else wrote, pasted in (never quoted whole), or
   * who the parent is to the child ("mom", typed as "I'm his mom").
   */
  shape?: 'name' | 'action' | 'question' | 'when' | 'message' | 'relation';
  /**
   * The guide offers what a pasted message (a `message` field) asks, to fill this field with
   * one tap: its questions and requests.
   */
  fromMessage?: boolean;
  /** A date that cannot come before another date field's answer (a follow-up after its talk). */
  notBefore?: string;
}

/** Why an answer cannot be accepted yet; the message a parent reads comes from content. */
export const PROBLEMS = ['required', 'email', 'too-long', 'choice', 'date', 'before'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** What a form holds: each field's answer, by field name. */
export type Answers = Record<string, string>;

/** The words for one field. A per-field problem message overrides the shared default. */
export type FieldWords = {
  label: string;
  hint?: string;
  options?: Record<string, string>;
} & Partial<Record<Problem, string>>;
