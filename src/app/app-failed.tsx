/**
 * What the whole app shows when something fails outside any guide or rehearsal (or in the
 * layout itself): no layout, since that may be what failed, but a way forward and the words
 * of any flow that was open.
 */
import { localeHref, pageLocale } from '../lib/i18n/locale';
import { t } from '../lib/i18n/messages';
import { PageHeading } from '../ui/page-heading';
import { WordsRescue } from '../ui/words-rescue';

export function AppFailed({ words }: { words: string }) {
  return (
    <main id="main" tabIndex={-1}>
      <section className="page narrow">
        <PageHeading>{t('failure.page.title')}</PageHeading>
        <p>{t('failure.page.body')}</p>
        <WordsRescue words={words} />
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => globalThis.location.reload()}
          >
            {t('failure.page.reload')}
          </button>
          <a className="button secondary" href={localeHref(pageLocale(), '/')}>
            {t('failure.page.home')}
          </a>
        </div>
      </section>
    </main>
  );
}
