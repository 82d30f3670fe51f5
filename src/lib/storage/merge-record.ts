/**
 * Merges an edit with what another tab saved meanwhile, field by field: a field only this
 * tab changed keeps this tab's value, a field only the other tab changed keeps theirs, and
 * a field both changed differently is a conflict for the parent to settle. Pure.
 */

/** Bookkeeping every record carries; never merged as a field. */
const BOOKKEEPING = new Set(['id', 'updatedAt']);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface MergedEdit<T> {
  /** Theirs, with this tab's changes applied (this tab's value where both changed). */
  merged: T;
  /** Fields taken from the other tab's save. */
  fromTheirs: string[];
  /** Fields both changed, to different values. */
  conflicts: string[];
}

/** `opened` is what this tab's form opened on; `mine` its edit; `theirs` what is stored now. */
export function mergeEdit<T extends object>(opened: T, mine: T, theirs: T): MergedEdit<T> {
  const base = opened as Record<string, unknown>;
  const edit = mine as Record<string, unknown>;
  const stored = theirs as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...stored };
  const fromTheirs: string[] = [];
  const conflicts: string[] = [];
  for (const field of new Set([...Object.keys(edit), ...Object.keys(stored)])) {
    if (BOOKKEEPING.has(field)) continue;
    const changedHere = !same(edit[field], base[field]);
    const changedThere = !same(stored[field], base[field]);
    if (changedHere) merged[field] = edit[field];
    if (changedThere && !changedHere) fromTheirs.push(field);
    if (changedHere && changedThere && !same(edit[field], stored[field])) conflicts.push(field);
  }
  return { merged: merged as T, fromTheirs, conflicts };
}
