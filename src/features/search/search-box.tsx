/**
 * One search box over scenarios, tips, reframes and glossary terms: an ARIA combobox
 * whose suggestions are chosen with the arrow keys and Enter, or by tapping.
 */
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { loadSearch } from '../../search/load-search';
import type { SearchResult } from '../../search/search-index';
import { ResultSnippet } from './result-snippet';
import { encodePart } from '../../lib/well-formed';

export function SearchBox({ initial = '' }: { initial?: string }) {
  const id = useId();
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [clear, setClear] = useState(false);
  const [, navigate] = useLocation();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const update = async (text: string) => {
    setQuery(text);
    const search = await loadSearch();
    const found = text.trim() ? search.search(text, 8) : [];
    setResults(found);
    setClear(found.length > 0 && search.clearlyBest(text));
    setActive(-1);
    setOpen(found.length > 0);
  };
  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    setOpen(false);
    navigate(result.document.href);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        value={query}
        onFocus={() => void loadSearch()}
        onChange={(event) => void update(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && results.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (index + 1) % results.length);
          } else if (event.key === 'ArrowUp' && results.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (index <= 0 ? results.length - 1 : index - 1));
          } else if (event.key === 'Enter' && query.trim()) {
            event.preventDefault();
            // One lead stands out, or the parent picked one: open it. Otherwise show them all.
            if (active >= 0) choose(results[active]);
            else if (clear && results[0]) choose(results[0]);
            else {
              setOpen(false);
              navigate(`/search?q=${encodePart(query.trim())}`);
            }
          } else if (event.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        className="search-results"
        hidden={!open}
      >
        {results.map((result, index) => (
          // Keys are handled by the combobox input, which keeps focus, as the ARIA pattern asks.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={result.document.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(result)}
          >
            <span className="result-kind">{t(`search.kinds.${result.document.kind}`)}</span>
            <span className="result-title">{result.document.title}</span>
            <ResultSnippet snippet={result.snippet} />
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {query.trim() &&
          (results.length === 0 ? t('search.none') : t('search.count', { count: results.length }))}
      </p>
    </div>
  );
}
