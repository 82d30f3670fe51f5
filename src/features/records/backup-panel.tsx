/** Move everything to a new device with one file, or start over. */
import { useState } from 'react';
import {
  createBackup,
  deleteEverything,
  readBackup,
  restoreBackup,
  type Backup,
  type BackupProblem,
} from '../../lib/storage/backup';
import { markBackedUp } from '../../lib/storage/backup-time';
import { downloadText } from '../../lib/download';
import { backupChecks } from '../../rehearsals/known-flows';
import { ConfirmStep } from '../../ui/confirm-step';
import { today } from '../../lib/dates';
import { t } from '../../lib/i18n/messages';

const PROBLEMS: Record<BackupProblem, string> = {
  'too-large': 'This file is far too large to be a Common Ground backup, so nothing was imported.',
  'not-json':
    "This file isn't a Common Ground backup (it can't be read as one), so nothing was imported.",
  'not-a-backup': "This file isn't a Common Ground backup, so nothing was imported.",
  'newer-version':
    'This backup was made by a newer version of Common Ground. Reload the page to get the latest version, then try again. Nothing was imported.',
  damaged:
    'This backup is damaged or was changed by hand, so nothing was imported. Your records here are unchanged.',
};

type Status = { tone: 'ok' | 'problem'; message: string } | null;

export function BackupPanel() {
  const [pending, setPending] = useState<Backup | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirmDelete, setConfirmStep] = useState(false);

  const download = async () => {
    const backup = await createBackup();
    if (!backup) {
      setStatus({ tone: 'problem', message: t('records.backup.readFailed') });
      return;
    }
    downloadText(
      `common-ground-backup-${today()}.json`,
      JSON.stringify(backup, null, 2),
      'application/json',
    );
    await markBackedUp();
    setStatus({
      tone: 'ok',
      message: 'Backup downloaded. Keep the file somewhere safe, like your email or a cloud drive.',
    });
  };

  const read = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const parsed = await readBackup(await file.text(), backupChecks);
    if (parsed.ok) {
      setPending(parsed.backup);
      setStatus(null);
    } else setStatus({ tone: 'problem', message: PROBLEMS[parsed.problem] });
  };

  const restore = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    const result = await restoreBackup(pending, mode);
    setPending(null);
    setStatus(
      result.kind === 'restored'
        ? {
            tone: 'ok',
            message:
              mode === 'merge'
                ? 'Backup added to your records.'
                : 'Your records now match the backup.',
          }
        : {
            tone: 'problem',
            message: 'The backup could not be saved on this device, so nothing was changed.',
          },
    );
  };

  return (
    <section id="backup" className="records-section no-print" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p className="hint">
        Some browsers clear a site's data after a while without a visit. A backup file keeps
        everything safe, and moves it to a new device.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void download()}>
          Download a backup
        </button>
      </div>
      <div className="field">
        <label htmlFor="backup-file">Restore from a backup file</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div className="callout" role="region" aria-labelledby="backup-preview-title">
          <h3 id="backup-preview-title">This backup holds</h3>
          <ul>
            <li>{pending.records.children.length} children</li>
            <li>{pending.records.contacts.length} school contacts</li>
            <li>{pending.records.log.length} logged conversations</li>
            <li>{pending.records.drafts.length} sent drafts</li>
            <li>{pending.flows.length} guides in progress</li>
          </ul>
          <p>
            Add it to what's here (keeping the newer copy of anything in both), or replace
            everything here with it.
          </p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void restore('merge')}>
              Add to my records
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => void restore('replace')}
            >
              Replace everything with the backup
            </button>
            <button type="button" className="button quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className={status?.tone === 'problem' ? 'field-error' : 'action-status'}>
        {status?.message}
      </p>

      <h3>Delete everything</h3>
      {confirmDelete ? (
        <ConfirmStep
          question="Delete everything?"
          confirmLabel="Yes, delete everything"
          keepLabel="Keep everything"
          onConfirm={() =>
            void deleteEverything().then((done) => {
              setConfirmStep(false);
              setStatus(
                done
                  ? { tone: 'ok', message: 'Everything was deleted from this device.' }
                  : {
                      tone: 'problem',
                      message: 'Nothing could be deleted: this browser refused.',
                    },
              );
            })
          }
          onKeep={() => setConfirmStep(false)}
        >
          This deletes every record, log entry, draft and guide in progress on this device. It can't
          be undone without a backup.
        </ConfirmStep>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirmStep(true)}>
          Delete everything on this device
        </button>
      )}
    </section>
  );
}
