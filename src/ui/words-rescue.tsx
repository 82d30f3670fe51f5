/** The parent's words after a screen failed: shown, and easy to copy or keep as a file. */
import { useState } from 'react';
import { copyText } from '../lib/copy-text';
import { today } from '../lib/dates';
import { downloadText } from '../lib/download';
import { t } from '../lib/i18n/messages';
import { rowsFor } from './rows-for';

export function WordsRescue({ words }: { words: string }) {
  const [status, setStatus] = useState('');
  if (!words) return null;
  const fileName = `${t('app.files.yourWords', { date: today() })}.txt`;
  return (
    <div className="words-rescue">
      <div className="field">
        <label htmlFor="rescued-words">{t('failure.words.label')}</label>
        <p className="hint" id="rescued-words-hint">
          {t('failure.words.hint')}
        </p>
        <textarea
          id="rescued-words"
          readOnly
          aria-describedby="rescued-words-hint"
          rows={rowsFor(words, 8)}
          value={words}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void copyText(words).then((copied) =>
              setStatus(t(copied ? 'failure.words.copied' : 'failure.words.copyRefused')),
            )
          }
        >
          {t('failure.words.copy')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            downloadText(fileName, `${words}\n`, 'text/plain;charset=utf-8');
            setStatus(t('failure.words.downloaded', { file: fileName }));
          }}
        >
          {t('failure.words.download')}
        </button>
      </div>
      <p className="action-status" role="status">
        {status}
      </p>
    </div>
  );
}
