import type { Candidate } from './rule-kit';
import { precedence } from './categories';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Picks non-overlapping findings (the category earlier in the registry wins: see categories.ts),
 * then widens those with a whole-phrase rewrite where it fits.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      precedence(a.category) - precedence(b.category) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => overlaps(k, candidate))) kept.push(candidate);
  }
  const widened = kept.map((k) => {
    if (!k.wide || kept.some((other) => other !== k && overlaps(other, k.wide!))) return k;
    const wide: Candidate = {
      category: k.category,
      start: k.wide.start,
      end: k.wide.end,
      suggestion: k.wide.suggestion,
    };
    if (k.rule !== undefined) wide.rule = k.rule;
    return wide;
  });
  return widened.sort((a, b) => a.start - b.start);
}
