/**
 * Settles the page's language before the first render: from the address (/es/… is
 * Spanish), or, on the bare home page, from the language the parent last chose on this
 * device. Sets <html lang> and loads the language's words.
 */
import { loadMessages } from '../lib/i18n/messages';
import {
  DEFAULT_LOCALE,
  localeHref,
  preferredLocale,
  setPageLocale,
  splitLocale,
} from '../lib/i18n/locale';

/** False when the page is moving to the remembered language instead. */
export async function startPageLocale(): Promise<boolean> {
  const { locale, path } = splitLocale(window.location.pathname);
  const preferred = preferredLocale();
  if (path === '/' && locale === DEFAULT_LOCALE && preferred && preferred !== locale) {
    window.location.replace(localeHref(preferred, '/') + window.location.search);
    return false;
  }
  setPageLocale(locale);
  document.documentElement.lang = locale;
  await loadMessages(locale);
  return true;
}
