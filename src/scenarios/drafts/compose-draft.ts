/**
 * Turns a scenario's draft template (content) and the parent's answers into a subject
 * and a plain-text body. Pure and deterministic, so drafts are tested without a browser.
 */
import Mustache from 'mustache';
import type { DraftText } from '../engine/types';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';

/** A draft starts with its subject; a printable sheet with its title. */
const HEADER_LINE = /^(?:Subject|Title):[ \t]*(.*)\r?\n/;

/** Short answers sit mid-sentence, so their own end punctuation would double up. */
const stripEndPunctuation = (value: string) => value.replace(/[\s.!?,;:]+$/u, '');

/** Long answers are whole sentences of the parent's own; make sure the last one ends. */
const endAsSentence = (value: string) => (/[.!?)"'”’]$/u.test(value) ? value : `${value}.`);

/** "2026-09-14" reads as "September 14, 2026", the same on every device. */
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const longDate = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

/**
 * The template sees every answer by field name, and each choice as a flag named
 * `field=value`, so content can switch a paragraph on with `{{#support=plan}}`.
 */
export function templateView(
  fields: readonly FieldSpec[],
  answers: Answers,
): Record<string, string | boolean> {
  const view: Record<string, string | boolean> = Object.create(null);
  for (const field of fields) {
    const value = (answers[field.name] ?? '').trim();
    if (field.kind === 'choice') {
      for (const option of field.options ?? []) view[`${field.name}=${option}`] = value === option;
    }
    if (value === '') {
      view[field.name] = '';
    } else if (field.kind === 'longtext') {
      view[field.name] = endAsSentence(value);
    } else if (field.kind === 'text') {
      view[field.name] = stripEndPunctuation(value);
    } else if (field.kind === 'date') {
      view[field.name] = longDate(value);
    } else {
      view[field.name] = value;
    }
  }
  return view;
}

export function composeDraft(
  template: string,
  fields: readonly FieldSpec[],
  answers: Answers,
): DraftText {
  const match = HEADER_LINE.exec(template);
  if (!match) throw new Error('A template starts with a "Subject:" or "Title:" line');
  const view = templateView(fields, answers);
  // Plain text, not HTML: nothing is escaped, and nothing the parent typed is ever parsed.
  const render = (text: string) =>
    Mustache.render(text, view, {}, { escape: (value: string) => value });
  const subject = render(match[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const body = render(template.slice(match[0].length))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body };
}
