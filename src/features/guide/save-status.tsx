import { SaveStatusLine } from '../../ui/save-status-line';
import type { SaveStatus } from '../../lib/storage/use-autosave';

export function GuideSaveStatus({ status }: { status: SaveStatus }) {
  return (
    <SaveStatusLine
      status={status}
      idle="Your answers are saved on this device as you go"
      otherTab="Not saving: this guide is open in another tab"
    />
  );
}
