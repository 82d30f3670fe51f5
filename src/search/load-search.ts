/** Loads the search index of the page's language the first time a parent reaches for it. */
import loaders from 'virtual:search-documents';
import { DEFAULT_LOCALE, pageLocale, type Locale } from '../lib/i18n/locale';
import type { Search } from './search-index';

const loading = new Map<Locale, Promise<Search>>();

export function loadSearch(locale: Locale = pageLocale()): Promise<Search> {
  let pending = loading.get(locale);
  if (!pending) {
    const load = loaders[locale] ?? loaders[DEFAULT_LOCALE];
    if (!load) return Promise.reject(new Error('No search documents were built'));
    pending = Promise.all([import('./search-index'), load()]).then(
      ([{ createSearch }, { documents, words }]) => createSearch(documents, words),
    );
    loading.set(locale, pending);
  }
  return pending;
}
