import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { NotFound } from '../../ui/not-found';
import { PageLoading } from '../../ui/page-loading';
import { isScenarioId } from '../../scenarios/registry';
import { GuideRunner } from './guide-runner';
import { loadGuide, type LoadedGuide } from './load-guide';

type Loading = { kind: 'loading' } | { kind: 'ready'; guide: LoadedGuide } | { kind: 'failed' };

export default function ScenarioPage({ id }: { id: string }) {
  const known = isScenarioId(id);
  const [state, setState] = useState<Loading>({ kind: 'loading' });
  // Read once: the link a follow-up offer opened, carrying answers from another scenario.
  const search = useSearch();
  const [carryFrom] = useState(() => new URLSearchParams(search).get('from') ?? undefined);
  const [, navigate] = useLocation();

  useEffect(() => {
    if (!known) return;
    let live = true;
    loadGuide(id, carryFrom).then(
      (guide) => {
        if (!live) return;
        setState({ kind: 'ready', guide });
        // Answers are carried once; a reload must not fill in what the parent cleared.
        if (carryFrom) navigate(`/scenarios/${id}`, { replace: true });
      },
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, known, carryFrom, navigate]);

  if (!known) return <NotFound what="situation" />;
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'failed') {
    return (
      <section className="page narrow">
        <h1>This guide didn't load</h1>
        <p>
          Check your connection and reload the page. Nothing you saved on this device has been
          changed.
        </p>
      </section>
    );
  }
  return <GuideRunner guide={state.guide} />;
}
