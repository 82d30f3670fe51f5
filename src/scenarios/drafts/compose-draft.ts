/**
 * Turns a scenario's draft template (content) and the parent's answers into a subject
 * and a plain-text body. Pure and deterministic, so drafts are tested without a browser.
 *
 * Between the answers and the template sits a composition step (tidy-answer.ts): every
 * text answer is read into the forms a template can ask for, so a sentence of the
 * template never receives a form that does not fit it.
 */
import Mustache from 'mustache';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';
import { formatDay } from '../../lib/i18n/format';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import type { DraftText } from '../engine/types';
import { compositionWords } from './composition-words';
import { answerForms, isPlaceholder, type AnswerForms } from './tidy-answer';

/** A draft starts with its subject; a printable sheet with its title. */
const HEADER_LINE = /^(?:Subject|Asunto|Title|Título):[ \t]*(.*)\r?\n/;

export { compositionWords };

/** The forms a template may ask of a text answer: `{{field.phrase}}`, `{{#field.clause}}`… */
export const ANSWER_FORMS = [
  'text',
  'question',
  'sentences',
  'phrase',
  'todo',
  'clause',
  'several',
  'inline',
  'brief',
  'name',
  'reported',
] as const;

/**
 * One answer in the template: `{{field}}` gives the form that suits the field (a name for
 * a name, a tidy phrase for a short answer, sentences for a long one); `{{field.sentences}}`,
 * `{{field.phrase}}`, `{{field.clause}}`, `{{field.several}}` and `{{field.name}}` ask for one.
 */
class Answer {
  constructor(
    readonly forms: AnswerForms,
    private readonly fallback: string,
  ) {}
  get text() {
    return this.forms.text;
  }
  get question() {
    return this.forms.question;
  }
  get sentences() {
    return this.forms.sentences;
  }
  get phrase() {
    return this.forms.phrase;
  }
  get todo() {
    return this.forms.todo;
  }
  get clause() {
    return this.forms.clause;
  }
  get several() {
    return this.forms.several;
  }
  get brief() {
    return this.forms.brief;
  }
  get name() {
    return this.forms.name;
  }
  get inline() {
    return this.forms.inline;
  }
  get reported() {
    return this.forms.reported;
  }
  toString() {
    return this.fallback;
  }
}

function defaultForm(field: FieldSpec, forms: AnswerForms): string {
  if (field.shape === 'name') return forms.name;
  if (field.kind === 'longtext' || field.shape === 'action' || field.shape === 'question')
    return forms.sentences;
  return forms.inline;
}

/**
 * The template sees every answer by field name, and each choice as a flag named
 * `field=value`, so content can switch a paragraph on with `{{#support=plan}}`. An
 * optional answer that says only "n/a" or "none" reads as no answer.
 *
 * `locale` is the draft's language (its template, dates and how lists join); `typedIn` the
 * language the parent typed in, which reads their own words: an English draft from a
 * Spanish page keeps each answer as written, read as Spanish.
 */
export function templateView(
  fields: readonly FieldSpec[],
  answers: Answers,
  locale: Locale = pageLocale(),
  typedIn: Locale = locale,
): Record<string, unknown> {
  const words = { ...compositionWords(typedIn), listLocale: compositionWords(locale).listLocale };
  const view: Record<string, unknown> = Object.create(null);
  const names = fields
    .filter((field) => field.shape === 'name')
    .flatMap((field) => (answers[field.name] ?? '').split(/\s+/))
    .filter((word) => /^\p{Lu}/u.test(word) || word.length > 1);
  for (const field of fields) {
    const raw = (answers[field.name] ?? '').trim();
    if (field.kind === 'choice') {
      for (const option of field.options ?? []) view[`${field.name}=${option}`] = raw === option;
    }
    if (raw === '' || (!field.required && isPlaceholder(raw, words))) {
      view[field.name] = '';
    } else if (field.kind === 'text' || field.kind === 'longtext') {
      const forms = answerForms(raw, names, words, field.shape);
      view[field.name] = new Answer(forms, defaultForm(field, forms));
    } else if (field.kind === 'date') {
      view[field.name] = formatDay(raw, locale);
    } else {
      view[field.name] = raw;
    }
  }
  return view;
}

export function composeDraft(
  template: string,
  fields: readonly FieldSpec[],
  answers: Answers,
  locale: Locale = pageLocale(),
  typedIn: Locale = locale,
): DraftText {
  const match = HEADER_LINE.exec(template);
  if (!match) throw new Error('A template starts with a "Subject:" or "Title:" line');
  const view = templateView(fields, answers, locale, typedIn);
  // Plain text, not HTML: nothing is escaped, and nothing the parent typed is ever parsed.
  const render = (text: string) =>
    Mustache.render(text, view, {}, { escape: (value: unknown) => String(value) });
  const subject = render(match[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  // A list answer sits on lines of its own: no line starts or ends with a stray space.
  const body = render(template.slice(match[0].length))
    .replace(/[ \t]+$/gm, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body };
}
