/** What might come next, carrying the parent's answers into the next scenario. */
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { scenarioSummaries } from '../../scenarios/content';

interface FollowUpLinksProps {
  from: string;
  scenarios: readonly string[];
  offers: Record<string, string>;
}

export function FollowUpLinks({ from, scenarios, offers }: FollowUpLinksProps) {
  const links = scenarios.flatMap((id) => {
    const summary = scenarioSummaries.find((candidate) => candidate.id === id);
    return summary ? [{ id, title: summary.title, offer: offers[id] ?? summary.summary }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section className="follow-ups no-print" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('draft.followUps.title')}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <p>{link.offer}</p>
            <Link href={`/scenarios/${link.id}?from=${from}`} className="button secondary">
              {link.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="hint">{t('draft.followUps.carry')}</p>
    </section>
  );
}
