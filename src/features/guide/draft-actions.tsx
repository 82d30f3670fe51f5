/** Ways to get the draft out of Common Ground: copy, mail app, .txt, .eml, print. */
import { useState } from 'react';
import { downloadText, fileNameFrom } from '../../lib/download';
import type { DraftText } from '../../scenarios/engine/types';
import { copyText } from '../../lib/copy-text';
import { emlFile } from '../../scenarios/drafts/eml';
import { mailtoHref } from '../../scenarios/drafts/mailto';
import { printPart } from './print-part';

export function DraftActions({ draft, to }: { draft: DraftText; to: string }) {
  const [status, setStatus] = useState('');
  const fileName = fileNameFrom(draft.subject, 'common-ground-draft');
  const copy = async (what: string, text: string) => {
    const copied = await copyText(text);
    setStatus(
      copied
        ? `${what} copied. Paste it into your email.`
        : `Your browser didn't allow copying. Select the text in the box above and copy it with Ctrl+C (⌘C on a Mac), or long-press it on a phone.`,
    );
  };

  return (
    <div className="draft-actions no-print">
      <h2>Send it your way</h2>
      <div className="action-grid">
        <button
          type="button"
          className="button primary"
          onClick={() => void copy('Message', draft.body)}
        >
          Copy message
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void copy('Subject', draft.subject)}
        >
          Copy subject
        </button>
        <a className="button secondary" href={mailtoHref(draft, to)}>
          Open in my mail app
        </a>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            downloadText(
              `${fileName}.txt`,
              `Subject: ${draft.subject}\n\n${draft.body}\n`,
              'text/plain;charset=utf-8',
            );
            setStatus(`Downloaded ${fileName}.txt.`);
          }}
        >
          Download .txt
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            downloadText(`${fileName}.eml`, emlFile(draft, to, new Date()), 'message/rfc822');
            setStatus(`Downloaded ${fileName}.eml. Open it to send from your mail app.`);
          }}
        >
          Download .eml
        </button>
        <button type="button" className="button secondary" onClick={() => printPart('draft')}>
          Print
        </button>
      </div>
      <p className="action-status" role="status">
        {status}
      </p>
    </div>
  );
}
