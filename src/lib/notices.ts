/**
 * Messages the app owes the parent about their data (storage refused, progress set
 * aside, a save that failed). Any module can raise one; the layout shows them all.
 */
import { useSyncExternalStore } from 'react';

export interface Notice {
  /** Raising a notice with an id already shown replaces it instead of stacking. */
  id: string;
  tone: 'info' | 'warning';
  message: string;
  /** Something the parent can do about it, such as downloading what was set aside. */
  action?: { label: string; run: () => void };
}

let notices: readonly Notice[] = [];
const listeners = new Set<() => void>();

const publish = (next: readonly Notice[]) => {
  notices = next;
  for (const listener of listeners) listener();
};

export function raiseNotice(notice: Notice): void {
  publish([...notices.filter((n) => n.id !== notice.id), notice]);
}

export function dismissNotice(id: string): void {
  publish(notices.filter((n) => n.id !== id));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useNotices = () => useSyncExternalStore(subscribe, () => notices);
