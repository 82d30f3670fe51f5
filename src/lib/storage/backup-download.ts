/**
 * Downloads a backup of everything in this tab's workspace, as the records page's
 * "Download a backup" does, for the moments the app itself advises one (storage cleared).
 */
import { today } from '../dates';
import { downloadText } from '../download';
import { t } from '../i18n/messages';
import { createBackup } from './backup';
import { markBackedUp } from './backup-time';

/** False when storage could not be read, so there was nothing to download. */
export async function downloadBackup(): Promise<boolean> {
  const backup = await createBackup().catch(() => null);
  if (!backup) return false;
  downloadText(
    `${t('app.files.backup', { date: today() })}.json`,
    JSON.stringify(backup, null, 2),
    'application/json',
  );
  await markBackedUp();
  return true;
}
