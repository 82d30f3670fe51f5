/**
 * Words on screen that are not saved yet: a record form being filled in, a reply being
 * typed in a rehearsal. Guides save as the parent types; these only save when the parent
 * says so, so anything that would reload the page asks first whether any are open.
 */
import { useEffect } from 'react';

const open = new Set<symbol>();

/** Marks this component's words as unsaved while `unsaved` is true. */
export function useUnsavedWork(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const token = Symbol('unsaved');
    open.add(token);
    return () => {
      open.delete(token);
    };
  }, [unsaved]);
}

/** True while any screen holds words the parent has not saved. */
export const hasUnsavedWork = (): boolean => open.size > 0;
