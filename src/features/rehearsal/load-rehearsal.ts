/**
 * Gathers what a rehearsal needs before its first render: its machine, its content, and
 * the parent's saved conversation if it still fits. What no longer fits is set aside and
 * explained, never a reason to fail. A teacher chosen on the list page starts a fresh
 * conversation here, unless one is under way: that is never thrown away unasked.
 */
import { createActor } from 'xstate';
import uiNotices from '../../../content/en/ui/notices.json';
import { saveFlow } from '../../lib/storage/flow-store';
import { resumeFlow, type ResumedFlow } from '../../lib/storage/resume-flow';
import { loadRehearsal, sharedWords, type LoadedRehearsal } from '../../rehearsals/content';
import { rehearsalFlowId } from '../../rehearsals/define-rehearsal';
import { restorableRehearsal } from '../../rehearsals/restore-snapshot';
import { PERSONAS, type PersonaId } from '../../rehearsals/types';

/** The rehearsal's own words for its notices, and the app's label for the download. */
export const resumeWords = { ...sharedWords.notices, downloadSetAside: uiNotices.downloadSetAside };

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
): Promise<LoadedRehearsalFlow> {
  const loaded = await loadRehearsal(id);
  const resumed = await resumeFlow(
    rehearsalFlowId(id),
    loaded.content.words.title,
    (saved) => restorableRehearsal(loaded.rehearsal, saved),
    resumeWords,
  );
  const flow: LoadedRehearsalFlow = { ...loaded, ...resumed, keptConversation: false };

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
