/**
 * What a reader notices at once in a draft: a sentence that starts in lower case, a word
 * or a mark written twice, a greeting inside a greeting, a paragraph left without its end.
 * Returns each problem with the words around it.
 */
export function readingProblems(text: string): string[] {
  const problems: string[] = [];
  const around = (index: number) =>
    text.slice(Math.max(0, index - 25), index + 25).replace(/\n/g, '⏎');
  for (const match of text.matchAll(/(?:^|[.!?]["”’)]?\s+)(\p{Ll})/gmu))
    problems.push(`starts in lower case: “${around(match.index ?? 0)}”`);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/giu)) {
    if (!['that', 'had', 'very', 'so', 'ha'].includes((match[1] ?? '').toLowerCase()))
      problems.push(`doubled word: “${around(match.index ?? 0)}”`);
  }
  for (const match of text.matchAll(/(?<!\.)\.\.(?!\.)|[,;:][.,;:!?]|[!?]{2,}|\s[,.;:!?]/gu))
    problems.push(`doubled or stray punctuation: “${around(match.index ?? 0)}”`);
  for (const match of text.matchAll(/^(?:Dear|Hi|Hello)\b[^\n]*\b(?:Dear|Hi|Hello)\b/gimu))
    problems.push(`greeting inside a greeting: “${match[0]}”`);
  return problems;
}
