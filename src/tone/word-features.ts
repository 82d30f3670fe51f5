/**
 * The features the models of every language read from a sentence's words: each word, its stem
 * (the language's own `stem`), each pair of words in a row, and the first word and pair.
 */
export function wordFeatures(
  words: readonly string[],
  stem: (word: string) => string,
): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    out.add(`~${stem(words[i]!)}`);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  if (words.length > 0) out.add(`^${words[0]}`);
  if (words.length > 1) out.add(`^${words[0]} ${words[1]}`);
  return out;
}
