/** Runs any scenario: the same screens for every step, the review and the draft. */
import { MDXProvider } from '@mdx-js/react';
import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect } from 'react';
import { pageLocale } from '../../lib/i18n/locale';
import { loadMessages } from '../../lib/i18n/messages';
import { useFlowActor } from '../../lib/storage/use-flow-actor';
import { currentMeta } from '../../scenarios/engine/define-scenario';
import { PageLoading } from '../../ui/page-loading';
import { loadDraftComposition } from './guide-words';
import type { LoadedGuide } from './load-guide';
import { mdxComponents } from './mdx-components';
import { PresentationToggle } from '../../ui/presentation-toggle';
import { ReviewView } from './review-view';
import { StepView } from './step-view';

// The draft (its composition, checks, sending, its words and the tone coach after it) is not
// needed to answer a step: it loads when the review shows, or when a guide reopens on its draft.
const loadDraftView = () =>
  Promise.all([import('./draft-view'), loadMessages(pageLocale(), 'draft')]).then(([view]) => view);
const DraftView = lazy(() => loadDraftView().then(({ DraftView }) => ({ default: DraftView })));

export function GuideRunner({ guide }: { guide: LoadedGuide }) {
  const { scenario, content } = guide;
  const { actor, saveStatus } = useFlowActor(scenario, guide);
  const meta = useSelector(actor, currentMeta);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const shared = { scenario, content, context, send: actor.send, saveStatus };
  const answered = meta.view === 'review' || meta.view === 'draft';
  useEffect(() => {
    if (!answered) return;
    void loadDraftView();
    void loadDraftComposition();
  }, [answered]);

  return (
    <MDXProvider components={mdxComponents}>
      <PresentationToggle />
      {meta.view === 'step' && <StepView key={meta.step} {...shared} stepId={meta.step} />}
      {meta.view === 'review' && <ReviewView {...shared} />}
      {meta.view === 'draft' && (
        <Suspense fallback={<PageLoading />}>
          <DraftView {...shared} />
        </Suspense>
      )}
    </MDXProvider>
  );
}
