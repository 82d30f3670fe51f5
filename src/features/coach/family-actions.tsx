/**
 * Rename or delete the family whose workspace is open. Deleting asks first and offers the
 * family's file before anything is gone; afterwards the tab returns to the coach's own space.
 */
import { useState } from 'react';
import { downloadText, fileNameFrom } from '../../lib/download';
import { today } from '../../lib/dates';
import { t } from '../../lib/i18n/messages';
import { deleteFamily, renameFamily } from '../../lib/storage/families-store';
import type { Family } from '../../lib/storage/record-schemas';
import { switchWorkspace } from '../../lib/workspace';
import { ConfirmStep } from '../../ui/confirm-step';
import { familyFile } from './packet';

export function FamilyActions({ family }: { family: Family }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(family.name);
  const [status, setStatus] = useState('');
  const values = { name: family.name };

  const rename = async () => {
    const renamed = await renameFamily(family, name);
    if (!renamed) return setStatus(t('coach.families.notSaved'));
    switchWorkspace(renamed.id, renamed.name);
  };
  const download = async () => {
    const file = await familyFile();
    if (!file) return setStatus(t('coach.session.noStorage'));
    downloadText(
      `${fileNameFrom(`common-ground-${family.name}-${today()}`, t('app.files.family'))}.json`,
      JSON.stringify(file, null, 2),
      'application/json',
    );
    setStatus(t('coach.session.fileDownloaded'));
  };
  const remove = async () => {
    if (!(await deleteFamily(family.id))) return setStatus(t('coach.families.notDeleted', values));
    switchWorkspace('', '');
  };

  return (
    <div className="family-actions">
      {mode === 'idle' && (
        <div className="actions">
          <button type="button" className="button quiet" onClick={() => setMode('rename')}>
            {t('coach.families.rename', values)}
          </button>
          <button type="button" className="button quiet" onClick={() => setMode('delete')}>
            {t('coach.families.delete', values)}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <label htmlFor={`rename-${family.id}`}>{t('coach.families.renameLabel', values)}</label>
          <input
            id={`rename-${family.id}`}
            type="text"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button primary">
              {t('coach.families.saveName')}
            </button>
            <button type="button" className="button secondary" onClick={() => setMode('idle')}>
              {t('coach.families.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <ConfirmStep
          question={t('coach.families.deleteQuestion', values)}
          confirmLabel={t('coach.families.deleteConfirm')}
          keepLabel={t('coach.families.deleteKeep')}
          onConfirm={() => void remove()}
          onKeep={() => setMode('idle')}
        >
          {t('coach.families.deleteText', values)}{' '}
          <button type="button" className="button secondary" onClick={() => void download()}>
            {t('coach.families.deleteDownload')}
          </button>
        </ConfirmStep>
      )}
      <p role="status" className="action-status">
        {status}
      </p>
    </div>
  );
}
