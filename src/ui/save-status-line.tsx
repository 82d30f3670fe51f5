/** One quiet line under a flow (a guide or a rehearsal) saying whether it is saved. */
import { t } from '../lib/i18n/messages';
import type { SaveStatus } from '../lib/storage/use-autosave';

interface SaveStatusLineProps {
  status: SaveStatus;
  flow: 'guide' | 'rehearsal';
}

export function SaveStatusLine({ status, flow }: SaveStatusLineProps) {
  const label =
    status === 'idle'
      ? t(`flow.saveStatus.idle.${flow}`)
      : status === 'stopped'
        ? t(`flow.saveStatus.otherTab.${flow}`)
        : t(`flow.saveStatus.${status}`);
  return <p className={`save-status save-${status}`}>{label}</p>;
}
