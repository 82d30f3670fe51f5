/** Runs any scenario: the same screens for every step, the review and the draft. */
import { MDXProvider } from '@mdx-js/react';
import { useSelector } from '@xstate/react';
import { useFlowActor } from '../../lib/storage/use-flow-actor';
import { currentMeta } from '../../scenarios/engine/define-scenario';
import { DraftView } from './draft-view';
import type { LoadedGuide } from './load-guide';
import { mdxComponents } from './mdx-components';
import { PresentationToggle } from '../../ui/presentation-toggle';
import { ReviewView } from './review-view';
import { StepView } from './step-view';

export function GuideRunner({ guide }: { guide: LoadedGuide }) {
  const { scenario, content } = guide;
  const { actor, saveStatus } = useFlowActor(scenario, guide);
  const meta = useSelector(actor, currentMeta);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const shared = { scenario, content, context, send: actor.send, saveStatus };

  return (
    <MDXProvider components={mdxComponents}>
      <PresentationToggle />
      {meta.view === 'step' && <StepView key={meta.step} {...shared} stepId={meta.step} />}
      {meta.view === 'review' && <ReviewView {...shared} />}
      {meta.view === 'draft' && <DraftView {...shared} />}
    </MDXProvider>
  );
}
