/**
 * Ways to get the draft out of Common Ground: copying the message first, and the others
 * (subject, mail app, .txt, .eml, print) under "More ways to send".
 */
import { useState } from 'react';
import { downloadText, fileNameFrom } from '../../lib/download';
import type { Locale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import type { DraftText } from '../../scenarios/engine/types';
import { copyText } from '../../lib/copy-text';
import { emlFile } from '../../scenarios/drafts/eml';
import { mailtoHref } from '../../scenarios/drafts/mailto';
import { printPart } from './print-part';

/** `language` is the draft's: the files written from it head it in that language. */
export function DraftActions({
  draft,
  to,
  language,
}: {
  draft: DraftText;
  to: string;
  language: Locale;
}) {
  const [status, setStatus] = useState('');
  const fileName = fileNameFrom(draft.subject, t('app.files.draft'));
  const copy = async (what: 'Message' | 'Subject', text: string) => {
    const copied = await copyText(text);
    setStatus(t(copied ? `draft.send.copied${what}` : 'draft.send.copyRefused'));
  };

  return (
    <div className="draft-actions no-print">
      <h2>{t('draft.send.title')}</h2>
      <button
        type="button"
        className="button primary send-primary"
        onClick={() => void copy('Message', draft.body)}
      >
        {t('draft.send.copyMessage')}
      </button>
      <details className="more-ways">
        <summary>{t('draft.send.moreWays')}</summary>
        <div className="action-grid">
          <button
            type="button"
            className="button secondary"
            onClick={() => void copy('Subject', draft.subject)}
          >
            {t('draft.send.copySubject')}
          </button>
          <a className="button secondary" href={mailtoHref(draft, to)}>
            {t('draft.send.openMail')}
          </a>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              downloadText(
                `${fileName}.txt`,
                `${t('draft.send.txtSubjectLine', { subject: draft.subject }, language)}\n\n${draft.body}\n`,
                'text/plain;charset=utf-8',
              );
              setStatus(t('draft.send.downloadedTxt', { file: `${fileName}.txt` }));
            }}
          >
            {t('draft.send.downloadTxt')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              downloadText(`${fileName}.eml`, emlFile(draft, to, new Date()), 'message/rfc822');
              setStatus(t('draft.send.downloadedEml', { file: `${fileName}.eml` }));
            }}
          >
            {t('draft.send.downloadEml')}
          </button>
          <button type="button" className="button secondary" onClick={() => printPart('draft')}>
            {t('draft.send.print')}
          </button>
        </div>
      </details>
      <p className="action-status" role="status">
        {status}
      </p>
    </div>
  );
}
