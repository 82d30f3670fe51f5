import { fileURLToPath } from 'node:url';
import { scoreSets } from '../../scripts/tone-held-out';

// A blind set nobody tuned on (tests/tone/blind-2026-12/README.md), scored once. Only counts are
// reported, never the texts, so a failing run does not invite tuning on them.
const folder = fileURLToPath(new URL('blind-2026-12/', import.meta.url));

describe('the coach on the blind set of December 2026', () => {
  const scores = new Map(scoreSets({ folder }).map((s) => [s.set, s]));
  test.each([
    // set, messages, at most flagged (calm) or at least flagged (hostile)
    ['formal-calm-letters', 92, 'at most', 6],
    ['look-alikes', 53, 'at most', 5],
    ['polite-hostile', 64, 'at least', 47],
    ['plain-hostile', 42, 'at least', 42],
  ] as const)('%s: %i messages, flagged %s %i', (set, messages, bound, flagged) => {
    const s = scores.get(set);
    expect(s?.messages).toBe(messages);
    if (bound === 'at most') expect(s?.flagged).toBeLessThanOrEqual(flagged);
    else expect(s?.flagged).toBeGreaterThanOrEqual(flagged);
  });
});
