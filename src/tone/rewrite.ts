// Small grammar helpers for building drop-in rewrites. Each returns undefined when it can't be
// sure of the result, so the caller offers no suggestion rather than a broken one.

const IRREGULAR_GERUNDS: Record<string, string> = { be: 'being', see: 'seeing', flee: 'fleeing' };

/** "miss" → "missing", "sit" → "sitting", "leave" → "leaving", "lie" → "lying". */
export function gerund(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (!/^[a-z]{2,}$/.test(v)) return undefined;
  if (IRREGULAR_GERUNDS[v]) return IRREGULAR_GERUNDS[v];
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  // Short consonant-vowel-consonant verbs double the last letter (sit, stop, get).
  if (v.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

/** Matches the capitalisation of the replaced text's first letter ("I" always stays upper). */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  if (/^I\b/.test(replacement)) return replacement;
  return first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement.charAt(0).toLowerCase() + replacement.slice(1);
}
