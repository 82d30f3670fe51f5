/** Route /search?q= — every result for what the parent typed, each saying why it matched. */
import { useEffect, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { loadSearch } from '../../search/load-search';
import type { SearchResult } from '../../search/search-index';
import { PageHeading } from '../../ui/page-heading';
import { ResultSnippet } from './result-snippet';
import { SearchBox } from './search-box';

export default function SearchPage() {
  const query = new URLSearchParams(useSearch()).get('q')?.trim() ?? '';
  const [results, setResults] = useState<SearchResult[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadSearch().then((search) => live && setResults(query ? search.search(query, 20) : []));
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <section className="page narrow search-page">
      <PageHeading tabTitle={t('search.page.title')}>
        {query ? t('search.page.for', { query }) : t('search.page.title')}
      </PageHeading>
      <SearchBox initial={query} />
      {results !== null &&
        (results.length === 0 ? (
          <p>{t('search.page.none')}</p>
        ) : (
          <ol className="search-page-results">
            {results.map((result) => (
              <li key={result.document.id}>
                <p className="result-kind">{t(`search.kinds.${result.document.kind}`)}</p>
                <Link href={result.document.href}>{result.document.title}</Link>
                <p>
                  <ResultSnippet snippet={result.snippet} />
                </p>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
