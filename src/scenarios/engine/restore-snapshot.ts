/**
 * Decides whether a saved snapshot still fits the scenario's machine. XState trusts any
 * snapshot it is given and fails later, so everything is checked here first: a snapshot
 * from an older version of a scenario is refused, and the caller sets it aside.
 */
import * as v from 'valibot';
import type { Snapshot } from 'xstate';
import type { Scenario } from './define-scenario';

const draftText = v.object({ subject: v.string(), body: v.string() });
const draftEdits = v.nullable(v.object({ ...draftText.entries, basedOn: draftText }));

function snapshotSchema(scenario: Scenario) {
  const fieldNames = scenario.fields.map((field) => field.name);
  const stateNames = Object.keys(scenario.machine.states);
  const answerKey = v.picklist(fieldNames);
  return v.looseObject({
    status: v.literal('active'),
    value: v.picklist(stateNames),
    context: v.object({
      answers: v.record(answerKey, v.string()),
      problems: v.record(
        answerKey,
        v.picklist(['required', 'email', 'too-long', 'choice', 'date']),
      ),
      returnToReview: v.boolean(),
      draftEdits,
      discardedEdits: draftEdits,
    }),
  });
}

export function restorableSnapshot(
  scenario: Scenario,
  saved: { machineVersion: number; snapshot: unknown },
): Snapshot<unknown> | null {
  if (saved.machineVersion !== scenario.version) return null;
  const fits = v.safeParse(snapshotSchema(scenario), saved.snapshot).success;
  return fits ? (saved.snapshot as Snapshot<unknown>) : null;
}
