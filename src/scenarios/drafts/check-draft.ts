/**
 * What composition cannot fix: an answer that does not fit the place the draft gives it.
 * Each problem names the field, so the draft screen can point the parent at the step to edit
 * ("Change this answer") instead of leaving an odd sentence in the email.
 */
import Mustache from 'mustache';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { compositionWords, templateView } from './compose-draft';
import { isPlaceholder, type AnswerForms } from './tidy-answer';

export type DraftProblemKind =
  'not-a-name' | 'reads-as-sentences' | 'placeholder' | 'left-out' | 'to-confirm';

/** Words a rehearsal carried in for the parent to check before sending: "[three times]". */
const TO_CONFIRM = /\[[^\]\n]+\]/u;

export interface DraftProblem {
  field: string;
  kind: DraftProblemKind;
}

type Token = [string, string, number, number, Token[]?];

/** Every `field` or `field.form` the template names: '' for the bare field placed as is. */
function references(template: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (tokens: Token[]) => {
    for (const [type, name, , , children] of tokens) {
      if (type === 'name' || type === '&' || type === '#' || type === '^') {
        const [field = '', form] = name.split('.');
        // A bare `{{field}}` places the answer; `{{#field}}` only asks whether there is one.
        const use = form ?? (type === 'name' || type === '&' ? '' : 'section');
        if (!field.includes('=')) found.set(field, (found.get(field) ?? new Set()).add(use));
      }
      if (children) walk(children);
    }
  };
  walk(Mustache.parse(template) as unknown as Token[]);
  return found;
}

/** A name has a few words, no question, no sentence and no digits. */
const MAX_NAME_WORDS = 6;
const looksLikeAName = (name: string) =>
  name.split(/\s+/).length <= MAX_NAME_WORDS && !/[?!:;\d]|\.\s+\p{Ll}/u.test(name);

/** Characters no answer holds (they are not text), marking where each field lands. */
const OPEN = String.fromCharCode(1);
const CLOSE = String.fromCharCode(2);

/** The fields each rendering of the template shows: every form replaced by a marker. */
function shownFields(template: string, view: Record<string, unknown>): Set<string> {
  const marked: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(view)) {
    if (value === null || typeof value !== 'object') {
      marked[key] = value;
      continue;
    }
    const forms = (value as { forms: AnswerForms }).forms;
    const mark = `${OPEN}${key}${CLOSE}`;
    marked[key] = Object.assign(
      Object.fromEntries(
        Object.entries(forms).map(([form, text]) => [form, text === '' ? '' : mark]),
      ),
      { toString: () => mark },
    );
  }
  const rendered = Mustache.render(template, marked, {}, { escape: String });
  return new Set(
    rendered
      .split(OPEN)
      .slice(1)
      .map((part) => part.slice(0, part.indexOf(CLOSE))),
  );
}

export function checkDraft(
  template: string,
  fields: readonly FieldSpec[],
  answers: Answers,
  locale: Locale = pageLocale(),
  typedIn: Locale = locale,
): DraftProblem[] {
  const words = compositionWords(typedIn);
  const view = templateView(fields, answers, locale, typedIn);
  const named = references(template);
  const shown = shownFields(template, view);
  const problems: DraftProblem[] = [];
  for (const field of fields) {
    const raw = (answers[field.name] ?? '').trim();
    const forms = (view[field.name] as { forms?: AnswerForms } | undefined)?.forms;
    const uses = named.get(field.name);
    if (!raw || !uses || (field.kind !== 'text' && field.kind !== 'longtext')) continue;
    if (TO_CONFIRM.test(raw)) {
      problems.push({ field: field.name, kind: 'to-confirm' });
    } else if (field.required && isPlaceholder(raw, words)) {
      problems.push({ field: field.name, kind: 'placeholder' });
    } else if (!forms) {
      continue;
    } else if (field.shape === 'name' && !looksLikeAName(forms.name)) {
      problems.push({ field: field.name, kind: 'not-a-name' });
    } else if (
      !shown.has(field.name) &&
      [...uses].some((form) => form !== 'brief' && form !== 'section')
    ) {
      // A subject line drops what is too long for it ("brief"): that is by design.
      problems.push({ field: field.name, kind: 'left-out' });
    } else if (
      field.kind === 'text' &&
      (!field.shape || field.shape === 'relation') &&
      // `{{field}}` asks for a few words; `{{field.inline}}` takes whatever was written.
      uses.has('') &&
      !forms.phrase &&
      !forms.todo &&
      ![...uses].some((form) => form === 'clause' || form === 'several')
    ) {
      problems.push({ field: field.name, kind: 'reads-as-sentences' });
    }
  }
  return problems;
}
