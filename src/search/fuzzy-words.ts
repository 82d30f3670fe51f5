/**
 * Which words of a vocabulary a typed word may be a typo of: Fuse.js's fuzzy match, among
 * the words with the same first letter (a typo rarely changes it) and a length within
 * `maxLengthDifference` of the typed word's (a longer gap is another word).
 *
 * The vocabulary is kept in buckets by first letter and length, so a keystroke searches
 * only the few buckets a match can come from. Fuse scores each word on its own, so the
 * matches, their scores and their order are exactly those of one search over the whole
 * first-letter bucket followed by the length filter.
 */
import Fuse from 'fuse.js';

interface Bucket {
  fuse: Fuse<string>;
  /** Each word's place among all the words of its first letter, to order ties as Fuse does. */
  places: number[];
}

export function fuzzyWords(
  vocabulary: Iterable<string>,
  { threshold, maxLengthDifference }: { threshold: number; maxLengthDifference: number },
) {
  const grouped = new Map<string, Map<number, { words: string[]; places: number[] }>>();
  const counts = new Map<string, number>();
  for (const word of vocabulary) {
    const letter = word[0] ?? '';
    const place = counts.get(letter) ?? 0;
    counts.set(letter, place + 1);
    const lengths = grouped.get(letter) ?? new Map<number, { words: string[]; places: number[] }>();
    const group = lengths.get(word.length) ?? { words: [], places: [] };
    group.words.push(word);
    group.places.push(place);
    lengths.set(word.length, group);
    grouped.set(letter, lengths);
  }
  const buckets = new Map<string, Map<number, Bucket>>(
    [...grouped].map(([letter, lengths]) => [
      letter,
      new Map(
        [...lengths].map(([length, { words, places }]) => [
          length,
          { fuse: new Fuse(words, { includeScore: true, threshold }), places },
        ]),
      ),
    ]),
  );

  /** Vocabulary words `word` may stand for, best first, each with its Fuse score (0 = same). */
  return function matches(word: string): [string, number][] {
    const lengths = buckets.get(word[0] ?? '');
    if (!lengths) return [];
    const found: { item: string; score: number; place: number }[] = [];
    for (let gap = -maxLengthDifference; gap <= maxLengthDifference; gap++) {
      const bucket = lengths.get(word.length + gap);
      if (!bucket) continue;
      for (const { item, score, refIndex } of bucket.fuse.search(word))
        found.push({ item, score: score ?? 1, place: bucket.places[refIndex] ?? 0 });
    }
    return found
      .sort((a, b) => a.score - b.score || a.place - b.place)
      .map(({ item, score }) => [item, score]);
  };
}
