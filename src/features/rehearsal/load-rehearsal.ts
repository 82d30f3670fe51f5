/**
 * Gathers what a rehearsal needs before its first render: its machine, its content, and
 * the parent's saved conversation if it still fits. What no longer fits is set aside and
 * explained, never a reason to fail. A teacher chosen on the list page starts a fresh
 * conversation here, unless one is under way: that is never thrown away unasked.
 */
import { createActor } from 'xstate';
import { saveFlow } from '../../lib/storage/flow-store';
import { resumeFlow, type ResumedFlow } from '../../lib/storage/resume-flow';
import { loadRehearsal, sharedWords, type LoadedRehearsal } from '../../rehearsals/content';
import { PERSONAS, type PersonaId } from '../../rehearsals/types';

export interface LoadedRehearsalFlow extends LoadedRehearsal, ResumedFlow {
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
  child = '',
): Promise<LoadedRehearsalFlow> {
  const loaded = await loadRehearsal(id);
  const resumed = await resumeFlow(
    loaded.rehearsal,
    loaded.content.words.title,
    sharedWords.notices,
  );
  const flow: LoadedRehearsalFlow = { ...loaded, ...resumed, keptConversation: false };

  if (!startWith) return flow;
  // A conversation with turns in it is the parent's work; one not yet begun can be replaced.
  const kept = flow.snapshot as { value?: unknown; context?: { beat?: unknown } } | undefined;
  if (kept?.value === 'conversation' && kept.context?.beat !== 0) {
    return { ...flow, keptConversation: true };
  }
  return startConversation(flow, startWith, child);
}

/** Starts with the chosen teacher and saves at once, so a reload keeps the choice. */
async function startConversation(
  flow: LoadedRehearsalFlow,
  persona: PersonaId,
  child: string,
): Promise<LoadedRehearsalFlow> {
  const { machine, version } = flow.rehearsal;
  const actor = createActor(machine, flow.snapshot ? { snapshot: flow.snapshot } : undefined);
  actor.start();
  actor.send({ type: 'rehearsal.start', persona, child });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  if (flow.storage === 'off') return { ...flow, snapshot };
  const saved = await saveFlow(
    { scenarioId: flow.rehearsal.flowId, machineVersion: version, snapshot },
    flow.revision,
  );
  return { ...flow, snapshot, revision: saved.kind === 'saved' ? saved.revision : flow.revision };
}
