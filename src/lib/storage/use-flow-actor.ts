/**
 * Runs a saved flow: its actor, started from the progress that was resumed, and saved as
 * it changes. Guides and rehearsals both run through here.
 */
import { useActorRef } from '@xstate/react';
import { createContext, useContext, useEffect } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { FlowContract } from './flow-contract';
import type { ResumedFlow } from './resume-flow';
import { useAutosave } from './use-autosave';

/**
 * Provided by the page around a flow: told how to read the snapshot on screen, so that if
 * the flow's screen fails, the parent's latest words can still be shown and set aside.
 */
export const LiveSnapshotContext = createContext<((read: () => unknown) => void) | null>(null);

export function useFlowActor<M extends AnyStateMachine>(
  flow: FlowContract<M>,
  resumed: ResumedFlow,
) {
  const actor = useActorRef(
    flow.machine,
    resumed.snapshot ? { snapshot: resumed.snapshot as never } : undefined,
  );
  const saveStatus = useAutosave(actor, {
    scenarioId: flow.flowId,
    machineVersion: flow.version,
    revision: resumed.revision,
    storage: resumed.storage,
  });
  const report = useContext(LiveSnapshotContext);
  useEffect(() => report?.(() => actor.getPersistedSnapshot()), [report, actor]);
  return { actor, saveStatus };
}
