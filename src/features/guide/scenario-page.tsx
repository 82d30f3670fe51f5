/**
 * Route /scenarios/:id — one draft of a guide, resumed where the parent left it. A guide can
 * have several drafts (another child, another incident): with `?draft=` the page opens that
 * one; without it, a guide that already has drafts offers them and a new one.
 */
import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  draftFlowId,
  newDraftKey,
  savedDrafts,
  scenarioOfFlow,
  type SavedDraft,
} from '../../lib/storage/guide-drafts';
import { isScenarioId } from '../../scenarios/registry';
import { FlowPage } from '../../ui/flow-page';
import { PageLoading } from '../../ui/page-loading';
import { DraftChooser } from './draft-chooser';
import { GuideRunner } from './guide-runner';
import { guideWords } from './guide-words';
import { loadGuide } from './load-guide';
import { encodePart } from '../../lib/well-formed';

type Choice =
  | { kind: 'checking' }
  | { kind: 'choose'; drafts: SavedDraft[] }
  | { kind: 'open'; flowId: string };

export default function ScenarioPage({ id }: { id: string }) {
  // Read once: the link a follow-up offer opened (carrying answers), and the draft asked for.
  const search = useSearch();
  const [asked] = useState(() => {
    const params = new URLSearchParams(search);
    const draft = params.get('draft');
    return {
      carryFrom: params.get('from') ?? undefined,
      flowId: draft && scenarioOfFlow(draft) === id ? draft : undefined,
    };
  });
  const [choice, setChoice] = useState<Choice>(() =>
    asked.flowId ? { kind: 'open', flowId: asked.flowId } : { kind: 'checking' },
  );
  const [, navigate] = useLocation();
  const known = isScenarioId(id);

  useEffect(() => {
    if (choice.kind !== 'checking' || !known) return;
    let live = true;
    void savedDrafts().then((all) => {
      if (!live) return;
      const drafts = all.filter((draft) => draft.scenarioId === id);
      // A follow-up starts a draft of its own rather than filling in an older one.
      if (drafts.length === 0) setChoice({ kind: 'open', flowId: draftFlowId(id) });
      else if (asked.carryFrom) setChoice({ kind: 'open', flowId: draftFlowId(id, newDraftKey()) });
      else setChoice({ kind: 'choose', drafts });
    });
    return () => {
      live = false;
    };
  }, [choice.kind, known, id, asked.carryFrom]);

  if (known && choice.kind === 'checking') return <PageLoading />;
  if (known && choice.kind === 'choose') {
    return (
      <DraftChooser
        scenarioId={id}
        drafts={choice.drafts}
        onOpen={(flowId) => setChoice({ kind: 'open', flowId })}
      />
    );
  }
  const flowId = choice.kind === 'open' ? choice.flowId : id;
  return (
    <FlowPage
      kind="guide"
      known={known}
      load={() => loadGuide(id, flowId, asked.carryFrom)}
      loadKey={`${flowId}:${asked.carryFrom ?? ''}`}
      // The address names the draft, so a reload continues it; answers are carried once.
      onReady={() => navigate(`/scenarios/${id}?draft=${encodePart(flowId)}`, { replace: true })}
      rescue={(guide) => ({
        flowId,
        title: guide.content.about.frontmatter.title,
        snapshot: guide.snapshot,
        words: (snapshot) => guideWords(guide, snapshot),
      })}
    >
      {(guide) => <GuideRunner key={flowId} guide={guide} />}
    </FlowPage>
  );
}
