/**
 * School terms in plain words, each linked to the guides where it matters. Every entry opens
 * on a short plain answer, with the longer explanation after it; an A–Z index and a filter
 * box take a parent straight to the word they met in a letter.
 */
import { useState, type ComponentType } from 'react';
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { pageLocale } from '../../lib/i18n/locale';
import { filesFor } from '../../lib/i18n/localized-files';
import { PageHeading } from '../../ui/page-heading';
import { scenarioSummaries } from '../../scenarios/content';
import { useHashTarget } from './use-hash-target';

interface TermModule {
  default: ComponentType;
  frontmatter: { term: string; answer?: string; also?: string[]; scenarios?: string[] };
}

/** Lower case without accents, so "evaluacion" finds "evaluación". */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(pageLocale());

const terms = Object.entries(
  filesFor(import.meta.glob<TermModule>('../../../content/*/glossary/*.mdx', { eager: true })),
)
  .map(([path, module]) => ({
    slug:
      path
        .split('/')
        .at(-1)
        ?.replace(/\.mdx$/, '') ?? '',
    letter: folded(module.frontmatter.term).charAt(0).toLocaleUpperCase(pageLocale()),
    words: folded([module.frontmatter.term, ...(module.frontmatter.also ?? [])].join(' ')),
    ...module,
  }))
  .sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term, pageLocale()));

const letters = [...new Set(terms.map((term) => term.letter))];

const titleOf = (id: string) => scenarioSummaries.find((summary) => summary.id === id)?.title;

export default function GlossaryPage() {
  useHashTarget();
  const [query, setQuery] = useState('');
  const wanted = folded(query.trim());
  const shown = wanted ? terms.filter((term) => term.words.includes(wanted)) : terms;
  return (
    <section className="page narrow reference">
      <PageHeading>{t('reference.glossary.title')}</PageHeading>
      <p className="lead">{t('reference.glossary.lead')}</p>
      <div className="field glossary-find">
        <label htmlFor="glossary-find">{t('reference.glossary.find')}</label>
        <p className="hint" id="glossary-find-hint">
          {t('reference.glossary.findHint')}
        </p>
        <input
          id="glossary-find"
          type="search"
          value={query}
          aria-describedby="glossary-find-hint glossary-find-count"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id="glossary-find-count" className="hint" role="status">
          {wanted &&
            (shown.length === 0
              ? t('reference.glossary.noMatch', { query: query.trim() })
              : t('reference.glossary.showing', { count: shown.length }))}
        </p>
      </div>
      {!wanted && (
        <nav aria-label={t('reference.glossary.index')} className="letter-index">
          {letters.map((letter) => (
            <a key={letter} href={`#letter-${letter}`}>
              {letter}
            </a>
          ))}
        </nav>
      )}
      {letters.map((letter) => {
        const group = shown.filter((term) => term.letter === letter);
        if (group.length === 0) return null;
        return (
          <section key={letter} aria-labelledby={`letter-${letter}`}>
            <h2 id={`letter-${letter}`} className="letter-heading" tabIndex={-1}>
              {letter}
            </h2>
            <dl>
              {group.map(({ slug, frontmatter, default: Definition }) => (
                <div key={slug} id={slug} tabIndex={-1} className="reference-entry">
                  <dt>{frontmatter.term}</dt>
                  <dd>
                    {frontmatter.answer && <p className="answer">{frontmatter.answer}</p>}
                    <Definition />
                    {(frontmatter.scenarios ?? []).some(titleOf) && (
                      <p className="related">
                        {t('reference.glossary.related')}{' '}
                        {(frontmatter.scenarios ?? []).map((id, index) =>
                          titleOf(id) ? (
                            <span key={id}>
                              {index > 0 && ' · '}
                              <Link href={`/scenarios/${id}`}>{titleOf(id)}</Link>
                            </span>
                          ) : null,
                        )}
                      </p>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </section>
  );
}
