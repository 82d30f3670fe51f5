/** Loads the search index the first time a parent reaches for the search box, once. */
import type { Search } from './search-index';

let loading: Promise<Search> | undefined;

export function loadSearch(): Promise<Search> {
  loading ??= Promise.all([import('./search-index'), import('virtual:search-documents')]).then(
    ([{ createSearch }, { default: documents }]) => createSearch(documents),
  );
  return loading;
}
