/** Runs any rehearsal: the same three screens (setup, conversation, debrief) for every one. */
import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { withChild } from '../../rehearsals/content';
import { useFlowActor } from '../../lib/storage/use-flow-actor';
import { rehearsalView } from '../../rehearsals/define-rehearsal';
import { ConversationView } from './conversation-view';
import { DebriefView } from './debrief-view';
import type { LoadedRehearsalFlow } from './load-rehearsal';
import { SetupView } from './setup-view';

export function RehearsalRunner({ flow }: { flow: LoadedRehearsalFlow }) {
  const { rehearsal } = flow;
  const { actor, saveStatus } = useFlowActor(rehearsal, flow);
  const view = useSelector(actor, rehearsalView);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  // Every screen speaks of the parent's own child.
  const content = useMemo(
    () => withChild(flow.content, context.child),
    [flow.content, context.child],
  );
  const shared = { rehearsal, content, context, send: actor.send, saveStatus };

  if (view === 'setup') return <SetupView {...shared} />;
  if (view === 'debrief') return <DebriefView {...shared} />;
  return <ConversationView {...shared} keptConversation={flow.keptConversation} />;
}
