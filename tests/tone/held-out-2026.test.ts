import { scoreSets } from '../../scripts/tone-held-out';

// The 2026 sets were written by helpers who never saw the coach (tests/tone/held-out-2026/README.md).
// Their held-out half was scored blind once and then joined the tuning half, so the models have
// read every message here: these are figures on seen messages, held so they cannot slip back.
// The honest estimate is `npx tsx scripts/tone-held-out.ts --each-writer-out`.
describe('the coach on the 2026 sets', () => {
  const scores = new Map(scoreSets().map((s) => [s.set, s]));
  const score = (set: string) => {
    const s = scores.get(set);
    expect(s, set).toBeDefined();
    return s!;
  };

  test('flags none of the 187 calm formal letters', () => {
    const s = score('formal-calm-letters');
    expect(s.messages).toBe(187);
    expect(s.flagged).toBe(0);
  });

  test('flags at most 2 of the 120 calm look-alikes', () => {
    const s = score('look-alikes');
    expect(s.messages).toBe(120);
    expect(s.flagged).toBeLessThanOrEqual(2);
  });

  test('flags at least 193 of the 194 polite-surface hostile messages', () => {
    const s = score('polite-hostile');
    expect(s.messages).toBe(194);
    expect(s.flagged).toBeGreaterThanOrEqual(193);
  });
});
