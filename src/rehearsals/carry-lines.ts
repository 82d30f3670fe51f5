/**
 * Carries the parent's best lines from a rehearsal into the matching guide, so the draft
 * starts with words they have already practised. The answer is written through the
 * guide's own machine (`answer.set`), into its saved progress, and only into an empty
 * field: a parent's own answer is never overwritten.
 */
import { createActor, type Snapshot } from 'xstate';
import { loadFlow, saveFlow } from '../lib/storage/flow-store';
import { scenarioLoader } from '../scenarios/registry';

export type CarryResult = 'carried' | 'already-answered' | 'not-saved';

export async function carryLines(
  scenarioId: string,
  field: string,
  lines: readonly string[],
): Promise<CarryResult> {
  const load = scenarioLoader(scenarioId);
  if (!load || lines.length === 0) return 'not-saved';
  try {
    const [{ default: scenario }, saved] = await Promise.all([load(), loadFlow(scenarioId)]);
    if (!scenario.fields.some((candidate) => candidate.name === field)) return 'not-saved';
    let snapshot: Snapshot<unknown> | undefined;
    let revision = 0;
    if (saved.kind === 'found') {
      // Progress that no longer fits is the guide's to set aside and explain, not ours.
      const fits = scenario.restore(saved.record);
      if (!fits) return 'not-saved';
      snapshot = fits;
      revision = saved.record.revision;
    } else if (saved.kind === 'unavailable') {
      return 'not-saved';
    }

    const actor = createActor(scenario.machine, snapshot ? { snapshot } : undefined).start();
    try {
      if (actor.getSnapshot().context.answers[field]?.trim()) return 'already-answered';
      actor.send({ type: 'answer.set', field, value: lines.join(' ') });
      const result = await saveFlow(
        { scenarioId, machineVersion: scenario.version, snapshot: actor.getPersistedSnapshot() },
        revision,
      );
      return result.kind === 'saved' ? 'carried' : 'not-saved';
    } finally {
      actor.stop();
    }
  } catch {
    return 'not-saved';
  }
}
