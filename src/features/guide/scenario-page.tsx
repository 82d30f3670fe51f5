/** Route /scenarios/:id — one guide, resumed where the parent left it. */
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { isScenarioId } from '../../scenarios/registry';
import { FlowPage } from '../../ui/flow-page';
import { GuideRunner } from './guide-runner';
import { loadGuide } from './load-guide';

export default function ScenarioPage({ id }: { id: string }) {
  // Read once: the link a follow-up offer opened, carrying answers from another scenario.
  const search = useSearch();
  const [carryFrom] = useState(() => new URLSearchParams(search).get('from') ?? undefined);
  const [, navigate] = useLocation();
  return (
    <FlowPage
      kind="guide"
      known={isScenarioId(id)}
      load={() => loadGuide(id, carryFrom)}
      loadKey={`${id}:${carryFrom ?? ''}`}
      // Answers are carried once; a reload must not fill in what the parent cleared.
      onReady={() => carryFrom && navigate(`/scenarios/${id}`, { replace: true })}
    >
      {(guide) => <GuideRunner guide={guide} />}
    </FlowPage>
  );
}
