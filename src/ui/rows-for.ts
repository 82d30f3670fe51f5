/**
 * How many rows a text box needs to show all of its text, for browsers that cannot size a
 * box to its content (`field-sizing: content` does it where supported, and wins). Long
 * lines are counted as wrapping at about 40 characters, a phone's width.
 */
export function rowsFor(text: string, atLeast: number): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 40)), 0);
  return Math.max(atLeast, lines + 1);
}
