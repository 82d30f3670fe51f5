/**
 * What every saved flow (a guide, a rehearsal) offers the storage and page machinery: the
 * id its progress is saved under, its machine and version, and a check that a saved
 * snapshot still fits. XState trusts any snapshot it is given and fails later, so nothing
 * is restored without passing `restore` first.
 */
import * as v from 'valibot';
import { createActor, type AnyStateMachine, type Snapshot } from 'xstate';

export interface SavedSnapshot {
  machineVersion: number;
  snapshot: unknown;
}

export interface FlowContract<M extends AnyStateMachine = AnyStateMachine> {
  /** The flow-store id its progress is saved under. */
  flowId: string;
  /** Bumped when a saved snapshot of the old shape would no longer fit. */
  version: number;
  machine: M;
  /** The saved snapshot, if it is of this version and fits; otherwise null (set it aside). */
  restore: (saved: SavedSnapshot) => Snapshot<unknown> | null;
}

/** `restore` for a flow whose snapshots are described by a schema. */
export const restoreBySchema =
  (version: number, schema: () => v.GenericSchema) =>
  (saved: SavedSnapshot): Snapshot<unknown> | null => {
    if (saved.machineVersion !== version) return null;
    return v.safeParse(schema(), saved.snapshot).success
      ? (saved.snapshot as Snapshot<unknown>)
      : null;
  };

/**
 * Whether XState can actually run from `snapshot`. A schema checks what the flow reads; XState
 * also reads parts no schema here describes (`children`, `historyValue`) and throws on a
 * wrong shape, so a snapshot is tried in a throwaway actor before a page is built on it.
 */
export function restoresCleanly(machine: AnyStateMachine, snapshot: Snapshot<unknown>): boolean {
  try {
    let failed = false;
    const actor = createActor(machine, { snapshot });
    actor.subscribe({ error: () => (failed = true) });
    actor.start();
    const restored = actor.getSnapshot() as { status?: unknown };
    actor.stop();
    return !failed && restored.status === 'active';
  } catch {
    return false;
  }
}
