import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { HomeReminders } from '../features/records/home-reminders';
import { SearchBox } from '../features/search/search-box';
import { t } from '../lib/i18n/messages';
import { savedDrafts } from '../lib/storage/guide-drafts';
import { scenarioSummaries } from '../scenarios/summaries';
import { PageHeading } from '../ui/page-heading';
import { encodePart } from '../lib/well-formed';

export function HomePage() {
  // The latest draft of each guide in progress: its card continues it.
  const [inProgress, setInProgress] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void savedDrafts().then((drafts) => {
      if (!live) return;
      setInProgress(
        new Map([...drafts].reverse().map((draft) => [draft.scenarioId, draft.flowId])),
      );
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="page">
      <PageHeading tabTitle={t('home.tabTitle')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>
      <SearchBox />
      <HomeReminders />
      <h2>{t('home.whatsHappening')}</h2>
      <ul className="scenario-list">
        {scenarioSummaries.map((scenario) => (
          <li key={scenario.id}>
            <Link
              href={
                inProgress.has(scenario.id)
                  ? `/scenarios/${scenario.id}?draft=${encodePart(inProgress.get(scenario.id) ?? '')}`
                  : `/scenarios/${scenario.id}`
              }
              className="scenario-card"
            >
              <span className="scenario-title">{scenario.title}</span>
              <span className="scenario-summary">{scenario.summary}</span>
              {inProgress.has(scenario.id) && <span className="badge">{t('home.inProgress')}</span>}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/rehearsals" className="button secondary">
          {t('home.rehearse')}
        </Link>
      </p>
      <h2>{t('home.findTheWords')}</h2>
      <div className="home-links">
        <Link href="/phrases" className="button secondary">
          {t('home.phrases')}
        </Link>
        <Link href="/glossary" className="button secondary">
          {t('home.glossary')}
        </Link>
        <Link href="/records" className="button secondary">
          {t('home.records')}
        </Link>
      </div>
    </section>
  );
}
