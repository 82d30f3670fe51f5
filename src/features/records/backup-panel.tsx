/** Move everything to a new device with one file, or start over. */
import { useState } from 'react';
import {
  createBackup,
  deleteEverything,
  readBackup,
  restoreBackup,
  type Backup,
} from '../../lib/storage/backup';
import { markBackedUp } from '../../lib/storage/backup-time';
import { downloadText } from '../../lib/download';
import { backupChecks } from '../../rehearsals/known-flows';
import { ConfirmStep } from '../../ui/confirm-step';
import { today } from '../../lib/dates';
import { t } from '../../lib/i18n/messages';

type Status = { tone: 'ok' | 'problem'; message: string } | null;

export function BackupPanel() {
  const [pending, setPending] = useState<Backup | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirmDelete, setConfirmStep] = useState(false);
  const [fileName, setFileName] = useState('');

  const download = async () => {
    const backup = await createBackup();
    if (!backup) {
      setStatus({ tone: 'problem', message: t('records.backup.readFailed') });
      return;
    }
    downloadText(
      `${t('app.files.backup', { date: today() })}.json`,
      JSON.stringify(backup, null, 2),
      'application/json',
    );
    await markBackedUp();
    setStatus({
      tone: 'ok',
      message: t('records.backup.downloaded'),
    });
  };

  const read = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const parsed = await readBackup(await file.text(), backupChecks);
    if (parsed.ok) {
      setPending(parsed.backup);
      setStatus(null);
    } else setStatus({ tone: 'problem', message: t(`records.backup.problems.${parsed.problem}`) });
  };

  const restore = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    const result = await restoreBackup(pending, mode);
    setPending(null);
    setStatus(
      result.kind === 'restored'
        ? {
            tone: 'ok',
            message: t(mode === 'merge' ? 'records.backup.merged' : 'records.backup.replaced'),
          }
        : {
            tone: 'problem',
            message: t('records.backup.notRestored'),
          },
    );
  };

  return (
    <section id="backup" className="records-section no-print" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('records.backup.title')}</h2>
      <p className="hint">{t('records.backup.intro')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void download()}>
          {t('records.backup.download')}
        </button>
      </div>
      <div className="field file-picker">
        <p className="file-picker-label" id="backup-file-label">
          {t('records.backup.restore')}
        </p>
        {/* The real input is visually hidden; its label is the styled button. */}
        <input
          id="backup-file"
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-labelledby="backup-file-label"
          aria-describedby="backup-file-name"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setFileName(file?.name ?? '');
            void read(file);
          }}
        />
        <label htmlFor="backup-file" className="button secondary" aria-hidden="true">
          {t('records.backup.choose')}
        </label>
        <span id="backup-file-name" className="file-picker-name">
          {fileName ? t('records.backup.chosen', { name: fileName }) : t('records.backup.noFile')}
        </span>
      </div>
      {pending && (
        <div className="callout" role="region" aria-labelledby="backup-preview-title">
          <h3 id="backup-preview-title">{t('records.backup.holds')}</h3>
          <ul>
            <li>{t('records.backup.children', { count: pending.records.children.length })}</li>
            <li>{t('records.backup.contacts', { count: pending.records.contacts.length })}</li>
            <li>{t('records.backup.log', { count: pending.records.log.length })}</li>
            <li>{t('records.backup.drafts', { count: pending.records.drafts.length })}</li>
            <li>{t('records.backup.flows', { count: pending.flows.length })}</li>
          </ul>
          <p>{t('records.backup.how')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void restore('merge')}>
              {t('records.backup.merge')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => void restore('replace')}
            >
              {t('records.backup.replace')}
            </button>
            <button type="button" className="button quiet" onClick={() => setPending(null)}>
              {t('records.backup.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={status?.tone === 'problem' ? 'field-error' : 'action-status'}>
        {status?.message}
      </p>

      <h3>{t('records.backup.deleteTitle')}</h3>
      {confirmDelete ? (
        <ConfirmStep
          question={t('records.backup.deleteQuestion')}
          confirmLabel={t('records.backup.deleteConfirm')}
          keepLabel={t('records.backup.deleteKeep')}
          onConfirm={() =>
            void deleteEverything().then((done) => {
              setConfirmStep(false);
              setStatus(
                done
                  ? { tone: 'ok', message: t('records.backup.deleted') }
                  : { tone: 'problem', message: t('records.backup.deleteRefused') },
              );
            })
          }
          onKeep={() => setConfirmStep(false)}
        >
          {t('records.backup.deleteText')}
        </ConfirmStep>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirmStep(true)}>
          {t('records.backup.deleteButton')}
        </button>
      )}
    </section>
  );
}
