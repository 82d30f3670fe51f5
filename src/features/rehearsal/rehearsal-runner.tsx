/** Runs any rehearsal: the same three screens (setup, conversation, debrief) for every one. */
import { useActorRef, useSelector } from '@xstate/react';
import { useAutosave } from '../../lib/storage/use-autosave';
import { rehearsalFlowId, rehearsalView } from '../../rehearsals/define-rehearsal';
import { ConversationView } from './conversation-view';
import { DebriefView } from './debrief-view';
import type { LoadedRehearsalFlow } from './load-rehearsal';
import { SetupView } from './setup-view';

export function RehearsalRunner({ flow }: { flow: LoadedRehearsalFlow }) {
  const { rehearsal, content } = flow;
  const actor = useActorRef(
    rehearsal.machine,
    flow.snapshot ? { snapshot: flow.snapshot } : undefined,
  );
  const view = useSelector(actor, rehearsalView);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const saveStatus = useAutosave(actor, {
    scenarioId: rehearsalFlowId(rehearsal.id),
    machineVersion: rehearsal.version,
    revision: flow.revision,
    storage: flow.storage,
  });
  const shared = { rehearsal, content, context, send: actor.send, saveStatus };

  if (view === 'setup') return <SetupView {...shared} />;
  if (view === 'debrief') return <DebriefView {...shared} />;
  return <ConversationView {...shared} keptConversation={flow.keptConversation} />;
}
