/** School terms in plain words, each linked to the guides where it matters. */
import type { ComponentType } from 'react';
import { Link } from 'wouter';
import { usePageHeading } from '../../ui/use-page-heading';
import { scenarioSummaries } from '../../scenarios/content';
import { useHashTarget } from './use-hash-target';

interface TermModule {
  default: ComponentType;
  frontmatter: { term: string; also?: string[]; scenarios?: string[] };
}

const terms = Object.entries(
  import.meta.glob<TermModule>('../../../content/en/glossary/*.mdx', { eager: true }),
)
  .map(([path, module]) => ({
    slug:
      path
        .split('/')
        .at(-1)
        ?.replace(/\.mdx$/, '') ?? '',
    ...module,
  }))
  .sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term));

const titleOf = (id: string) => scenarioSummaries.find((summary) => summary.id === id)?.title;

export default function GlossaryPage() {
  const heading = usePageHeading<HTMLHeadingElement>('School terms in plain words');
  useHashTarget();
  return (
    <section className="page narrow reference">
      <h1 ref={heading} tabIndex={-1}>
        School terms in plain words
      </h1>
      <p className="lead">
        What the words in school meetings and letters mean. Names, rules and timelines differ by
        country, state and district, so ask your school how it works where you live. Nothing here is
        legal advice.
      </p>
      <dl>
        {terms.map(({ slug, frontmatter, default: Definition }) => (
          <div key={slug} id={slug} tabIndex={-1} className="reference-entry">
            <dt>{frontmatter.term}</dt>
            <dd>
              <Definition />
              {(frontmatter.scenarios ?? []).some(titleOf) && (
                <p className="related">
                  Related guides:{' '}
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
}
