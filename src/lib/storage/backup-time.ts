/**
 * When this device last made a backup: read by the home page's nudge, so it lives apart from
 * the backup code itself, which loads only on the records page.
 */
import { openDatabase } from './database';

export async function markBackedUp(at = Date.now()): Promise<void> {
  const db = await openDatabase();
  await db?.put('settings', at, 'lastBackupAt').catch(() => undefined);
}

export async function lastBackupAt(): Promise<number | null> {
  const db = await openDatabase();
  const value = await db?.get('settings', 'lastBackupAt').catch(() => undefined);
  return typeof value === 'number' ? value : null;
}
