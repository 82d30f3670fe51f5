/** A scenario's second document, such as a meeting-preparation sheet, ready to print. */
import { downloadText, fileNameFrom } from '../../lib/download';
import { t } from '../../lib/i18n/messages';
import type { DraftText } from '../../scenarios/engine/types';
import { printPart } from './print-part';

export function SheetPanel({ sheet }: { sheet: DraftText }) {
  const fileName = fileNameFrom(sheet.subject, t('app.files.sheet'));
  return (
    <section className="sheet print-sheet" aria-labelledby="sheet-title">
      <h2 id="sheet-title">{sheet.subject}</h2>
      <pre className="draft-preview">{sheet.body}</pre>
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={() => printPart('sheet')}>
          {t('draft.sheet.print')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            downloadText(
              `${fileName}.txt`,
              `${sheet.subject}\n\n${sheet.body}\n`,
              'text/plain;charset=utf-8',
            )
          }
        >
          {t('draft.sheet.download')}
        </button>
      </div>
    </section>
  );
}
