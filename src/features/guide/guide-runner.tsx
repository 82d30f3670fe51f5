/** Runs any scenario: the same screens for every step, the review and the draft. */
import { MDXProvider } from '@mdx-js/react';
import { useActorRef, useSelector } from '@xstate/react';
import { DraftView } from './draft-view';
import { currentMeta } from '../../scenarios/engine/define-scenario';
import type { LoadedGuide } from './load-guide';
import { mdxComponents } from './mdx-components';
import { ReviewView } from './review-view';
import { StepView } from './step-view';
import { useAutosave } from '../../lib/storage/use-autosave';

export function GuideRunner({ guide }: { guide: LoadedGuide }) {
  const { scenario, content } = guide;
  const actor = useActorRef(
    scenario.machine,
    guide.snapshot ? { snapshot: guide.snapshot } : undefined,
  );
  const meta = useSelector(actor, currentMeta);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const saveStatus = useAutosave(actor, {
    scenarioId: scenario.id,
    machineVersion: scenario.version,
    revision: guide.revision,
    storage: guide.storage,
  });
  const shared = { scenario, content, context, send: actor.send, saveStatus };

  return (
    <MDXProvider components={mdxComponents}>
      {meta.view === 'step' && <StepView key={meta.step} {...shared} stepId={meta.step} />}
      {meta.view === 'review' && <ReviewView {...shared} />}
      {meta.view === 'draft' && <DraftView {...shared} />}
    </MDXProvider>
  );
}
