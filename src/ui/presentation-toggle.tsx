/**
 * In coach mode: a large-type view of the guide for screen sharing, with the coach's notes
 * and the app's chrome hidden from the family. The view is one state for the whole tab, set
 * before anything re-renders and kept across steps and reloads, so a coach note is never on
 * screen while presenting: not for a frame, not on the next step.
 */
import { useSyncExternalStore } from 'react';
import { t } from '../lib/i18n/messages';
import { coachMode } from '../lib/workspace';

const KEY = 'common-ground.presenting';
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let presenting = stored();
const show = () => {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (presenting) root.dataset.present = 'on';
  else delete root.dataset.present;
};
show();

function setPresenting(on: boolean): void {
  presenting = on;
  show();
  try {
    if (on) globalThis.sessionStorage?.setItem(KEY, 'on');
    else globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // The view lasts as long as the page.
  }
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while the tab is in presentation view (only ever in coach mode). */
export function usePresenting(): boolean {
  return useSyncExternalStore(subscribe, () => presenting && coachMode());
}

export function PresentationToggle() {
  const on = usePresenting();
  if (!coachMode()) return null;
  return (
    <button
      type="button"
      className="button secondary presentation-toggle"
      aria-pressed={on}
      onClick={() => setPresenting(!on)}
    >
      {t(on ? 'coach.presentation.stop' : 'coach.presentation.start')}
    </button>
  );
}
