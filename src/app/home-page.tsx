import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { HomeReminders } from '../features/records/home-reminders';
import { SearchBox } from '../features/search/search-box';
import { savedFlowIds } from '../lib/storage/flow-store';
import { usePageHeading } from '../ui/use-page-heading';
import { scenarioSummaries } from '../scenarios/content';

export function HomePage() {
  const heading = usePageHeading<HTMLHeadingElement>('Talk with your child’s school');
  const [inProgress, setInProgress] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void savedFlowIds().then((ids) => live && setInProgress(new Set(ids)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        Talk with your child’s school, calmly and clearly
      </h1>
      <p className="lead">
        Common Ground walks you through the conversation step by step and ends with a warm, specific
        message you can send.
      </p>
      <SearchBox />
      <HomeReminders />
      <h2>What’s happening?</h2>
      <ul className="scenario-list">
        {scenarioSummaries.map((scenario) => (
          <li key={scenario.id}>
            <Link href={`/scenarios/${scenario.id}`} className="scenario-card">
              <span className="scenario-title">{scenario.title}</span>
              <span className="scenario-when">{scenario.when}</span>
              <span className="scenario-summary">{scenario.summary}</span>
              {inProgress.has(scenario.id) && (
                <span className="badge">In progress: continue where you left off</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/rehearsals" className="button secondary">
          Rehearse a conversation before you have it
        </Link>
      </p>
      <h2>Find the words</h2>
      <div className="home-links">
        <Link href="/phrases" className="button secondary">
          Calmer ways to say hard things
        </Link>
        <Link href="/glossary" className="button secondary">
          School terms in plain words
        </Link>
        <Link href="/records" className="button secondary">
          Your records: children, contacts, conversation log
        </Link>
      </div>
    </section>
  );
}
