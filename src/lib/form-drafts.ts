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
/** What the form was opened on, kept beside the typing (outside PREFIX, so never a form). */
const openedKeyOf = (form: string) => `${PREFIX}-opened.${activeWorkspace()}.${form}`;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function readKept(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function keep(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused or full: the words stay on screen, held back by useUnsavedWork.
  }
}

/** What this tab kept for `form`, as stored: the caller checks its shape. */
export const readFormDraft = (form: string): unknown => readKept(keyOf(form));

export const keepFormDraft = (form: string, value: unknown): void => keep(keyOf(form), value);

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
    storage()?.removeItem(openedKeyOf(form));
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
 *
 * `opened` is what the form was opened on (a stored record, say), kept with the typing:
 * after a reload the form still knows which version its typing was made over, so a save
 * can tell what another tab changed meanwhile. `openedOn` gives it back (as stored: the
 * caller checks its shape), and `reopen` moves the form onto a newer version.
 */
export function useFormDraft(form: string, initial: Record<string, string>, opened?: unknown) {
  const [kept] = useState(() => textFields(readFormDraft(form)));
  const [values, setValues] = useState(() => ({ ...initial, ...kept }));
  const [openedOn, reopen] = useState<unknown>(() =>
    kept === null ? opened : (readKept(openedKeyOf(form)) ?? opened),
  );
  const dirty = differs(values, initial);
  useUnsavedWork(dirty);
  useEffect(() => {
    if (dirty) {
      keepFormDraft(form, values);
      if (openedOn !== undefined) keep(openedKeyOf(form), openedOn);
    } else clearFormDraft(form);
  }, [form, values, dirty, openedOn]);
  return {
    values,
    setValues,
    dirty,
    resumed: kept !== null && differs(kept, initial),
    discard: () => clearFormDraft(form),
    openedOn,
    reopen,
  };
}
