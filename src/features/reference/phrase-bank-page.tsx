/** "Instead of … try …": calmer ways to say the hard things, each with the reason. */
import { Link } from 'wouter';
import type english from '../../../content/en/phrases/phrases.json';
import { t } from '../../lib/i18n/messages';
import { filesFor } from '../../lib/i18n/localized-files';
import { PageHeading } from '../../ui/page-heading';
import { scenarioSummaries } from '../../scenarios/content';
import { useHashTarget } from './use-hash-target';

const phrases = filesFor(
  import.meta.glob<typeof english>('../../../content/*/phrases/phrases.json', {
    eager: true,
    import: 'default',
  }),
)['phrases/phrases.json'] as typeof english;

export default function PhraseBankPage() {
  useHashTarget();
  return (
    <section className="page narrow reference">
      <PageHeading>{t('reference.phrases.title')}</PageHeading>
      <p className="lead">{t('reference.phrases.lead')}</p>
      <ol className="phrases">
        {phrases.map((phrase, index) => {
          const guide = scenarioSummaries.find((summary) => summary.id === phrase.scenario);
          return (
            <li
              key={phrase.instead}
              id={`phrase-${index + 1}`}
              tabIndex={-1}
              className="reference-entry"
            >
              <p>
                <span className="instead-label">{t('reference.phrases.insteadOf')}</span>{' '}
                <q className="instead">{phrase.instead}</q>
              </p>
              <p>
                <span className="try-label">{t('reference.phrases.try')}</span>{' '}
                <q className="try">{phrase.try}</q>
              </p>
              <p className="why">{phrase.why}</p>
              {guide && (
                <p className="related">
                  {t('reference.phrases.guide')}{' '}
                  <Link href={`/scenarios/${guide.id}`}>{guide.title}</Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
