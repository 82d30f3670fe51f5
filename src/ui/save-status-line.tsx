/** One quiet line under a flow (a guide or a rehearsal) saying whether it is saved. */
import type { SaveStatus } from '../lib/storage/use-autosave';

interface SaveStatusLineProps {
  status: SaveStatus;
  /** Before the first change, e.g. "Your answers are saved on this device as you go". */
  idle: string;
  /** When another tab saved newer work, e.g. "Not saving: this guide is open in another tab". */
  otherTab: string;
}

const LABELS: Record<Exclude<SaveStatus, 'idle' | 'stopped'>, string> = {
  saving: 'Saving…',
  saved: 'Saved on this device',
  failed: 'Not saved: see the message at the top',
  off: 'Not saving: this browser is not allowing storage',
};

export function SaveStatusLine({ status, idle, otherTab }: SaveStatusLineProps) {
  const label = status === 'idle' ? idle : status === 'stopped' ? otherTab : LABELS[status];
  return <p className={`save-status save-${status}`}>{label}</p>;
}
