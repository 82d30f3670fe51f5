/** School terms in plain words, each linked to the guides where it matters. */
import type { ComponentType } from 'react';
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { pageLocale } from '../../lib/i18n/locale';
import { filesFor } from '../../lib/i18n/localized-files';
import { PageHeading } from '../../ui/page-heading';
import { scenarioSummaries } from '../../scenarios/content';
import { useHashTarget } from './use-hash-target';

interface TermModule {
  default: ComponentType;
  frontmatter: { term: string; also?: string[]; scenarios?: string[] };
}

const terms = Object.entries(
  filesFor(import.meta.glob<TermModule>('../../../content/*/glossary/*.mdx', { eager: true })),
)
  .map(([path, module]) => ({
    slug:
      path
        .split('/')
        .at(-1)
        ?.replace(/\.mdx$/, '') ?? '',
    ...module,
  }))
  .sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term, pageLocale()));

const titleOf = (id: string) => scenarioSummaries.find((summary) => summary.id === id)?.title;

export default function GlossaryPage() {
  useHashTarget();
  return (
    <section className="page narrow reference">
      <PageHeading>{t('reference.glossary.title')}</PageHeading>
      <p className="lead">{t('reference.glossary.lead')}</p>
      <dl>
        {terms.map(({ slug, frontmatter, default: Definition }) => (
          <div key={slug} id={slug} tabIndex={-1} className="reference-entry">
            <dt>{frontmatter.term}</dt>
            <dd>
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
}
