import { scoreHalf } from '../../scripts/tone-held-out';

// The 2026 sets were written by helpers who never saw the coach (tests/tone/held-out-2026/README.md).
// The held-out half is by writers nobody tuned on, so its figures are the honest ones. Only counts
// are reported here, never the texts, so a failing run does not invite tuning on them.
describe('the coach on the held-out half of the 2026 sets', () => {
  const scores = new Map(scoreHalf('held-out').map((s) => [s.set, s]));
  const score = (set: string) => {
    const s = scores.get(set);
    expect(s, set).toBeDefined();
    return s!;
  };

  // Before tuning the coach flagged 31, 2 and 26 of them; scored once after tuning, 8, 1 and 29.
  // These hold today's figures so they cannot slip back. The target for the formal
  // letters is 5% (4 of 88), with precision and recall of 0.9 on messages not tuned on: not met.
  test('flags at most 8 of the 88 calm formal letters', () => {
    const s = score('formal-calm-letters');
    expect(s.messages).toBe(88);
    expect(s.flagged).toBeLessThanOrEqual(8);
  });

  test('flags at most 1 of the 37 calm look-alikes', () => {
    const s = score('look-alikes');
    expect(s.messages).toBe(37);
    expect(s.flagged).toBeLessThanOrEqual(1);
  });

  test('flags at least 29 of the 44 polite-surface hostile messages', () => {
    const s = score('polite-hostile');
    expect(s.messages).toBe(44);
    expect(s.flagged).toBeGreaterThanOrEqual(29);
  });
});
