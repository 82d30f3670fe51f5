/**
 * The same page in another language, named in that language's own words ("Español"). The
 * choice is remembered on this device; answers are saved first, so nothing typed is lost
 * when the page reloads in the other language.
 */
import { useLocation, useSearch } from 'wouter';
import { t } from '../lib/i18n/messages';
import { LOCALES, localeHref, pageLocale, rememberLocale } from '../lib/i18n/locale';
import { flushSaves } from '../lib/storage/use-autosave';

export function LanguageSwitch() {
  const [path] = useLocation();
  // The query names the open draft (?draft=…): read through the router, so the link follows
  // it when a page replaces it without changing the path.
  const query = useSearch();
  const current = pageLocale();
  const search = query ? `?${query}` : '';
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  return (
    <nav className="language-switch" aria-label={t('app.language')}>
      <ul>
        {LOCALES.filter((locale) => locale !== current).map((locale) => {
          const href = `${localeHref(locale, path)}${search}${hash}`;
          return (
            <li key={locale}>
              <a
                href={href}
                lang={locale}
                hrefLang={locale}
                onClick={(event) => {
                  event.preventDefault();
                  rememberLocale(locale);
                  // Where the page is now, which may have moved on since this rendered.
                  const { search: now, hash: at } = window.location;
                  const target = `${localeHref(locale, path)}${now}${at}`;
                  void flushSaves().finally(() => window.location.assign(target));
                }}
              >
                {t(`app.languageNames.${locale}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
