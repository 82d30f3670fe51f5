import { SaveStatusLine } from '../../ui/save-status-line';
import type { SaveStatus } from '../../lib/storage/use-autosave';

export function SaveLine({ status }: { status: SaveStatus }) {
  return (
    <SaveStatusLine
      status={status}
      idle="Your conversation is saved on this device as you go"
      otherTab="Not saving: this rehearsal is open in another tab"
    />
  );
}
