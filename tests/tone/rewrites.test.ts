import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, trainingSets } from '../../scripts/train-tone';
import { analyzeTone, type ToneFinding } from '../../src/tone/analyze';
import { hasJab } from '../../src/tone/jabs';
import { splitSentences } from '../../src/tone/sentences';

// Every rewrite the coach offers on the labelled messages, applied as the parent would apply it.
const unseen = fileURLToPath(new URL('unseen/', import.meta.url));
const messages = [
  ...trainingSets().flatMap((s) => s.messages),
  ...readdirSync(unseen)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => load(unseen + f)),
].map((m) => m.text);
const reports = messages.map((text) => ({ text, findings: analyzeTone(text).findings }));

type Rewrite = NonNullable<ToneFinding['rewrite']>;
const sameRewrite = (f: ToneFinding, r: Rewrite) =>
  f.rewrite !== undefined && f.rewrite.start === r.start && f.rewrite.end === r.end;
const apply = (text: string, r: Rewrite) => text.slice(0, r.start) + r.text + text.slice(r.end);

/** The distinct rewrites of a report, last first, so applying them in turn keeps offsets true. */
function rewritesOf(findings: ToneFinding[]): Rewrite[] {
  const seen = new Map<string, Rewrite>();
  for (const f of findings)
    if (f.rewrite) seen.set(`${f.rewrite.start}:${f.rewrite.end}`, f.rewrite);
  return [...seen.values()].sort((a, b) => b.start - a.start);
}

describe('rewrites over the whole labelled corpus', () => {
  test('each, applied, leaves no finding in the words it wrote but those it left alone', () => {
    const left: string[] = [];
    for (const { text, findings } of reports) {
      for (const r of rewritesOf(findings)) {
        // Findings this rewrite does not claim to fix may stay (a rule may now mark more words).
        const shift = r.text.length - (r.end - r.start);
        const moved = (at: number) => (at >= r.end ? at + shift : at);
        const others = findings.filter((f) => !sameRewrite(f, r));
        const revised = apply(text, r);
        const end = r.start + Math.max(r.text.length, 1);
        const still = analyzeTone(revised).findings.filter(
          (f) =>
            f.start < end &&
            r.start < f.end &&
            !others.some(
              (o) => o.category === f.category && moved(o.start) < f.end && f.start < moved(o.end),
            ),
        );
        if (still.length > 0)
          left.push(`${text}\n  → ${revised}\n  still: ${still.map((f) => f.text).join(' | ')}`);
      }
    }
    expect(left).toEqual([]);
  });

  test('all applied, leave a message with every finding rewritten clean', () => {
    const left: string[] = [];
    for (const { text, findings } of reports) {
      if (findings.length === 0 || findings.some((f) => !f.rewrite)) continue;
      const revised = rewritesOf(findings).reduce(apply, text);
      const still = analyzeTone(revised).findings;
      if (still.length > 0)
        left.push(`${text}\n  → ${revised}\n  still: ${still.map((f) => f.text).join(' | ')}`);
    }
    expect(left).toEqual([]);
  });

  test('never keep a jab in the sentence they rewrite, outside words still flagged', () => {
    const kept: string[] = [];
    for (const { text, findings } of reports) {
      for (const r of rewritesOf(findings)) {
        const revised = apply(text, r);
        const end = r.start + r.text.length;
        const flagged = analyzeTone(revised).findings;
        let masked = revised;
        for (const f of flagged)
          masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
        const sentences = splitSentences(masked).filter(
          (s) => s.start <= end && r.start <= s.start + s.raw.length,
        );
        if (sentences.some((s) => hasJab(s.raw))) kept.push(`${text}\n  → ${revised}`);
      }
    }
    expect(kept).toEqual([]);
  });

  test('come with most flagged messages, or advice in words instead', () => {
    const flagged = reports.filter((r) => r.findings.length > 0);
    const withRewrite = flagged.filter((r) => r.findings.some((f) => f.rewrite)).length;
    for (const { findings } of flagged)
      for (const f of findings)
        expect(f.rewrite !== undefined || (f.advice ?? '').length > 0).toBe(true);
    const share = withRewrite / flagged.length;
    console.info(`flagged messages with a one-click rewrite: ${(100 * share).toFixed(1)}%`);
    // The goal is most (70%); this floor is today's figure (40.3%: 25.9% before sentences that
    // carry only the attack could be left out, and clauses without a fact dropped), so it cannot
    // slip back.
    expect(share).toBeGreaterThanOrEqual(0.4);
  });
});

describe('rewrites that drop only the attack', () => {
  const rewriteOf = (text: string) => {
    const f = analyzeTone(text).findings;
    expect(f.length).toBeGreaterThan(0);
    return f[0]!.rewrite;
  };

  test('leave out a sentence that carries only the attack, when the request is said elsewhere', () => {
    const text = "You obviously don't care. Please send the reading log home on Friday.";
    const r = rewriteOf(text)!;
    expect(apply(text, r)).toBe('Please send the reading log home on Friday.');
    expect(analyzeTone(apply(text, r)).findings).toEqual([]);
  });

  test('keep the clause with the fact and drop the one with the charge', () => {
    const text =
      'He came home without his lunch box for the third day running, and no one seems to have noticed.';
    expect(apply(text, rewriteOf(text)!)).toBe(
      'He came home without his lunch box for the third day running.',
    );
  });

  test('never leave out the only sentence, or a warm one', () => {
    expect(rewriteOf("You obviously don't care.")).toBeUndefined();
    const warm = analyzeTone('The school play was amazing!! You all did such a great job.');
    for (const f of warm.findings) expect(f.rewrite?.text).not.toBe('');
  });
});
