/**
 * Gathers what a rehearsal needs before its first render: its machine, its content, and
 * the parent's saved conversation if it still fits. What no longer fits is set aside and
 * explained, never a reason to fail. A teacher chosen on the list page starts a fresh
 * conversation here, unless one is under way: that is never thrown away unasked.
 */
import { createActor, type Snapshot } from 'xstate';
import { fillIn } from '../../lib/fill-in';
import { raiseNotice } from '../../lib/notices';
import { loadFlow, saveFlow, setAside } from '../../lib/storage/flow-store';
import { loadRehearsal, sharedWords, type LoadedRehearsal } from '../../rehearsals/content';
import { rehearsalFlowId } from '../../rehearsals/define-rehearsal';
import { restorableRehearsal } from '../../rehearsals/restore-snapshot';
import { PERSONAS, type PersonaId } from '../../rehearsals/types';

export interface LoadedRehearsalFlow extends LoadedRehearsal {
  snapshot: Snapshot<unknown> | undefined;
  /** The stored revision this tab continues from; 0 when nothing is stored. */
  revision: number;
  storage: 'on' | 'off';
  /** Set when the parent asked for a new conversation but one was already under way. */
  keptConversation: boolean;
}

/** "Pick one for me": any persona but the ones to avoid (such as the one just practised). */
export function pickPersona(avoid: readonly PersonaId[] = [], random = Math.random): PersonaId {
  const choices = PERSONAS.filter((persona) => !avoid.includes(persona));
  const pool = choices.length > 0 ? choices : [...PERSONAS];
  return pool[Math.floor(random() * pool.length)] ?? 'receptive';
}

export async function loadRehearsalFlow(
  id: string,
  startWith?: PersonaId,
): Promise<LoadedRehearsalFlow> {
  const flowId = rehearsalFlowId(id);
  const [loaded, saved] = await Promise.all([loadRehearsal(id), loadFlow(flowId)]);
  const title = loaded.content.words.title;
  let flow: LoadedRehearsalFlow = {
    ...loaded,
    snapshot: undefined,
    revision: 0,
    storage: 'on',
    keptConversation: false,
  };

  switch (saved.kind) {
    case 'none':
      break;
    case 'unavailable':
      raiseNotice({
        id: 'storage',
        tone: 'warning',
        message: sharedWords.notices.storageUnavailable,
      });
      flow = { ...flow, storage: 'off' };
      break;
    case 'set-aside':
      announce(id, fillIn(sharedWords.notices.setAsideCorrupted, { title }));
      break;
    case 'found': {
      const snapshot = restorableRehearsal(loaded.rehearsal, saved.record);
      if (snapshot) {
        flow = { ...flow, snapshot, revision: saved.record.revision };
      } else {
        await setAside(flowId, 'outdated', saved.record);
        announce(id, fillIn(sharedWords.notices.setAsideOutdated, { title }));
      }
      break;
    }
  }

  if (!startWith) return flow;
  // A conversation with turns in it is the parent's work; one not yet begun can be replaced.
  const kept = flow.snapshot as { value?: unknown; context?: { beat?: unknown } } | undefined;
  if (kept?.value === 'conversation' && kept.context?.beat !== 0) {
    return { ...flow, keptConversation: true };
  }
  return startConversation(flow, startWith);
}

/** Starts with the chosen teacher and saves at once, so a reload keeps the choice. */
async function startConversation(
  flow: LoadedRehearsalFlow,
  persona: PersonaId,
): Promise<LoadedRehearsalFlow> {
  const { machine, version, id } = flow.rehearsal;
  const actor = createActor(machine, flow.snapshot ? { snapshot: flow.snapshot } : undefined);
  actor.start();
  actor.send({ type: 'rehearsal.start', persona });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  if (flow.storage === 'off') return { ...flow, snapshot };
  const saved = await saveFlow(
    { scenarioId: rehearsalFlowId(id), machineVersion: version, snapshot },
    flow.revision,
  );
  return { ...flow, snapshot, revision: saved.kind === 'saved' ? saved.revision : flow.revision };
}

function announce(id: string, message: string) {
  raiseNotice({ id: `set-aside-${rehearsalFlowId(id)}`, tone: 'warning', message });
}
