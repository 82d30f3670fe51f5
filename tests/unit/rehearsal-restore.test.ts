/** Saved rehearsals are only restored when they still fit; anything else is refused. */
import { createActor } from 'xstate';
import { loadRehearsal } from '../../src/rehearsals/content';

const { rehearsal } = await loadRehearsal('missed-recess');

/** A persisted snapshot after a few turns, as the flow store would hand it back. */
function played(turns: number) {
  const actor = createActor(rehearsal.machine).start();
  actor.send({ type: 'rehearsal.start', persona: 'rushed' });
  for (const beat of rehearsal.spec.beats.slice(0, turns)) {
    actor.send({ type: 'reply.choose', option: beat.options[0]?.id ?? '' });
  }
  const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as {
    value: string;
    context: Record<string, unknown> & { log: Record<string, unknown>[] };
  };
  actor.stop();
  return snapshot;
}

const saved = (snapshot: unknown, machineVersion = rehearsal.version) => ({
  machineVersion,
  snapshot,
});

test('a conversation in progress, a finished one and a fresh one are restored', () => {
  for (const turns of [0, 2, rehearsal.spec.beats.length]) {
    const snapshot = played(turns);
    expect(rehearsal.restore(saved(snapshot)), `${turns} turns`).toEqual(snapshot);
  }
  const restored = createActor(rehearsal.machine, {
    snapshot: rehearsal.restore(saved(played(2))) ?? undefined,
  }).start();
  expect(restored.getSnapshot().value).toBe('conversation');
  expect(restored.getSnapshot().context.beat).toBe(2);
});

test('a snapshot from another version of the rehearsal is refused', () => {
  expect(rehearsal.restore(saved(played(1), rehearsal.version + 1))).toBeNull();
});

test('a turn naming an option the beat no longer has is refused', () => {
  const snapshot = played(1);
  const turn = snapshot.context.log[1] as { option: string };
  turn.option = 'an-option-since-removed';
  expect(rehearsal.restore(saved(snapshot))).toBeNull();
});

test('a state that contradicts its own conversation is refused', () => {
  const snapshot = played(2);
  snapshot.context.beat = 3;
  expect(rehearsal.restore(saved(snapshot))).toBeNull();
  const ended = played(1);
  ended.value = 'ended';
  expect(rehearsal.restore(saved(ended))).toBeNull();
});

test('garbage is refused, never thrown', () => {
  for (const junk of [null, 42, 'text', {}, { status: 'active', value: 'conversation' }]) {
    expect(rehearsal.restore(saved(junk))).toBeNull();
  }
});
