/**
 * A parent can keep more than one draft of the same guide: one per child, or per incident.
 * Each is a saved flow of its own, under the guide's id (the first) or the guide's id with
 * a key ("raise-concern~k3f9q2"). Rehearsals are saved flows too, under "rehearsal:…".
 */
import * as v from 'valibot';
import type { Answers } from '../fields/field-spec';
import { savedFlowRecords } from './flow-store';

const SEPARATOR = '~';

export const draftFlowId = (scenarioId: string, key?: string) =>
  key ? `${scenarioId}${SEPARATOR}${key}` : scenarioId;

/** The guide a saved flow belongs to ("raise-concern~k3f9q2" → "raise-concern"). */
export const scenarioOfFlow = (flowId: string) => flowId.split(SEPARATOR)[0] ?? flowId;

/** A key for a new draft: short, and not a word. */
export const newDraftKey = () => crypto.randomUUID().replace(/-/g, '').slice(0, 8);

export interface SavedDraft {
  flowId: string;
  scenarioId: string;
  savedAt: number;
  answers: Answers;
  /** Where the guide is: a step, the review, or the draft itself. */
  at: string;
}

const savedContext = v.object({
  value: v.string(),
  context: v.object({ answers: v.record(v.string(), v.string()) }),
});

/** Every guide draft saved on this device (newest first); rehearsals are left out. */
export async function savedDrafts(): Promise<SavedDraft[]> {
  return (await savedFlowRecords())
    .flatMap((record) => {
      if (record.scenarioId.startsWith('rehearsal:')) return [];
      const snapshot = v.safeParse(savedContext, record.snapshot);
      if (!snapshot.success) return [];
      const { scenarioId: flowId, savedAt } = record;
      return [
        {
          flowId,
          scenarioId: scenarioOfFlow(flowId),
          savedAt,
          answers: snapshot.output.context.answers,
          at: snapshot.output.value,
        },
      ];
    })
    .sort((a, b) => b.savedAt - a.savedAt);
}
