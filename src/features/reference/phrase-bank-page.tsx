/** "Instead of … try …": calmer ways to say the hard things, each with the reason. */
import { Link } from 'wouter';
import phrases from '../../../content/en/phrases/phrases.json';
import { usePageHeading } from '../../ui/use-page-heading';
import { scenarioSummaries } from '../../scenarios/content';
import { useHashTarget } from './use-hash-target';

export default function PhraseBankPage() {
  const heading = usePageHeading<HTMLHeadingElement>('Say it so it lands');
  useHashTarget();
  return (
    <section className="page narrow reference">
      <h1 ref={heading} tabIndex={-1}>
        Say it so it lands
      </h1>
      <p className="lead">
        The first words that come to mind when we’re worried often put a teacher on the defensive.
        Here are calmer ways to say the same thing, and why they work better.
      </p>
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
                <span className="instead-label">Instead of</span>{' '}
                <q className="instead">{phrase.instead}</q>
              </p>
              <p>
                <span className="try-label">Try</span> <q className="try">{phrase.try}</q>
              </p>
              <p className="why">{phrase.why}</p>
              {guide && (
                <p className="related">
                  Guide: <Link href={`/scenarios/${guide.id}`}>{guide.title}</Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
