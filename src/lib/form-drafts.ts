/**
 * What a parent has typed into a form that saves only when they say so (a record, a coach
 * session, a rehearsal reply). It is kept in this tab's session storage as they type, so a
 * tap on another form, a link to another page or a reload never drops it; saving or
 * discarding the form clears it. Keys are per workspace, so one family's half-typed form
 * never opens in another family's records.
 */
import { useEffect, useState } from 'react';
import { activeWorkspace } from './workspace';
import { useUnsavedWork } from './unsaved-work';

const PREFIX = 'common-ground.form';
const keyOf = (form: string) => `${PREFIX}.${activeWorkspace()}.${form}`;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** What this tab kept for `form`, as stored: the caller checks its shape. */
export function readFormDraft(form: string): unknown {
  try {
    const raw = storage()?.getItem(keyOf(form));
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function keepFormDraft(form: string, value: unknown): void {
  try {
    storage()?.setItem(keyOf(form), JSON.stringify(value));
  } catch {
    // Storage refused or full: the words stay on screen, held back by useUnsavedWork.
  }
}

const textFields = (kept: unknown): Record<string, string> | null =>
  kept && typeof kept === 'object' && !Array.isArray(kept)
    ? Object.fromEntries(
        Object.entries(kept).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : null;

export function clearFormDraft(form: string): void {
  try {
    storage()?.removeItem(keyOf(form));
  } catch {
    // Nothing was kept.
  }
}

/** The forms under `prefix` ("children.") that hold typing, by the rest of their key. */
export function formDraftsUnder(prefix: string): string[] {
  const store = storage();
  if (!store) return [];
  const start = keyOf(prefix);
  const found: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(start)) found.push(key.slice(start.length));
  }
  return found;
}

const differs = (values: Record<string, string>, initial: Record<string, string>) =>
  Object.keys({ ...values, ...initial }).some(
    (name) => (values[name] ?? '') !== (initial[name] ?? ''),
  );

/**
 * A form's values, starting from what this tab kept for `form` (if anything) and kept as
 * they change. `resumed` says the form opened on typing from earlier; `discard` clears it.
 */
export function useFormDraft(form: string, initial: Record<string, string>) {
  const [kept] = useState(() => textFields(readFormDraft(form)));
  const [values, setValues] = useState(() => ({ ...initial, ...kept }));
  const dirty = differs(values, initial);
  useUnsavedWork(dirty);
  useEffect(() => {
    if (dirty) keepFormDraft(form, values);
    else clearFormDraft(form);
  }, [form, values, dirty]);
  return {
    values,
    setValues,
    dirty,
    resumed: kept !== null && differs(kept, initial),
    discard: () => clearFormDraft(form),
  };
}
