/**
 * The parent's words each open flow can hand back at any moment (answers, a draft, replies
 * in a rehearsal). When a screen fails, the page that replaces it shows these, so what the
 * parent typed stays on screen even when the screen that held it cannot.
 */
const sources = new Set<() => string>();

/** Offers this flow's words while it is open; call the returned function when it closes. */
export function offerWords(words: () => string): () => void {
  sources.add(words);
  return () => void sources.delete(words);
}

/** Every open flow's words, one after another; a source that fails gives nothing. */
export function wordsOnScreen(): string {
  return [...sources]
    .map((words) => {
      try {
        return words().trim();
      } catch {
        return '';
      }
    })
    .filter(Boolean)
    .join('\n\n');
}
