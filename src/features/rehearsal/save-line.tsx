import type { SaveStatus } from '../../lib/storage/use-autosave';

const LABELS: Record<SaveStatus, string> = {
  idle: 'Your conversation is saved on this device as you go',
  saving: 'Saving…',
  saved: 'Saved on this device',
  failed: 'Not saved: see the message at the top',
  stopped: 'Not saving: this rehearsal is open in another tab',
  off: 'Not saving: this browser is not allowing storage',
};

export function SaveLine({ status }: { status: SaveStatus }) {
  return <p className={`save-status save-${status}`}>{LABELS[status]}</p>;
}
