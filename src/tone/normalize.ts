// Quick typing drops apostrophes and capitals ("i dont think ur listening"). The rules are
// written for standard spelling, so the analyzer reads a repaired copy and maps every offset
// back to what the parent typed.

// Contractions whose apostrophe-less spelling is not an ordinary word of its own.
const CONTRACTIONS: Record<string, string> = {
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  cant: "can't",
  wont: "won't",
  im: "I'm",
  ive: "I've",
  youre: "you're",
  youve: "you've",
  youll: "you'll",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  hes: "he's",
  shes: "she's",
  thx: 'thanks',
  pls: 'please',
  plz: 'please',
  i: 'I',
};

// Spellings that are also real words, repaired only where the next word settles it.
const IT_IS_NEXT =
  /^(?:not|a|an|the|so|really|just|been|ok|okay|your|like|always|never|because|clear|obvious|too|very|getting|going|only|also|still|actually|literally|about|all|fine|true|hard|time|ridiculous|unacceptable|insane|crazy|obviously|clearly|my|on|up|over|happening|supposed)$/i;
const I_WILL_NEXT =
  /^(?:be|have|go|call|just|need|take|send|make|keep|talk|contact|report|email|never|not|definitely|probably|also|do|get|bring|see|let|write|speak|come|ask|file|pick|expect|assume|try)$/i;
const YOU_ARE_NEXT =
  /^(?:supposed|going|gonna|not|the|a|an|so|always|never|just|clearly|obviously|being|really|too|very|literally|basically|only|still|doing|making|trying|telling|ignoring|meant)$/i;

const WORD = /[A-Za-z]+/g;
const NEXT_WORD = /\s+([A-Za-z]+)/y;

export interface Normalized {
  text: string;
  /** Maps an offset in `text` (start or exclusive end) to the same place in the original. */
  toOriginal: (offset: number) => number;
}

const same = (offset: number) => offset;

function repair(word: string, next: string): string | undefined {
  const lower = word.toLowerCase();
  // A capital "I" is already right.
  if (word === 'I') return undefined;
  if (lower === 'u') return word === 'u' ? 'you' : undefined;
  if (lower === 'its') return IT_IS_NEXT.test(next) ? `${word[0]}t's` : undefined;
  if (lower === 'ill') return I_WILL_NEXT.test(next) ? "I'll" : undefined;
  if (lower === 'ur') {
    const you = word[0] === 'U' ? 'Y' : 'y';
    return YOU_ARE_NEXT.test(next) ? `${you}ou're` : `${you}our`;
  }
  const fixed = Object.hasOwn(CONTRACTIONS, lower) ? CONTRACTIONS[lower] : undefined;
  if (fixed === undefined || fixed === word) return undefined;
  // Keep a capital the parent typed ("Dont" → "Don't"); "i" and "im" always become "I".
  if (/^I\b/.test(fixed)) return fixed;
  return word[0] === word[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
}

// Every word a repair may start from, so text without one is read as typed.
const MAY_NEED_REPAIR =
  /\b(?:[a-z]{1,6}nt|im|ive|youre|youve|youll|theyre|thats|whats|theres|hes|shes|thx|pls|plz|u|ur|i|its|ill)\b/i;

/** Whether `normalize` would look at the words of `text` at all. */
export const mayNeedRepair = (text: string) => MAY_NEED_REPAIR.test(text);

/**
 * The text with apostrophes and capitals repaired. `line` reads one line of a longer text the
 * way the whole would be read: `repair` is what `mayNeedRepair` says of the whole, and `next`
 * is the word that follows the line's last word in the whole (after the line break).
 */
export function normalize(text: string, line?: { repair: boolean; next: string }): Normalized {
  if (!(line ? line.repair : mayNeedRepair(text))) return { text, toOriginal: same };
  let out = '';
  // Each repaired word: where it starts in `out` and in `text`, and how long it is in each.
  const repairs: { at: number; from: number; fixed: number; typed: number }[] = [];
  let from = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length > LONGEST) continue;
    // A word glued to an apostrophe is already spelled out ("don't", "o'clock").
    if (text[m.index - 1] === "'" || text[m.index + word.length] === "'") continue;
    const lower = word.toLowerCase();
    if (!Object.hasOwn(CONTRACTIONS, lower) && !/^(?:its|ill|ur|u)$/.test(lower)) continue;
    NEXT_WORD.lastIndex = m.index + word.length;
    const next =
      NEXT_WORD.exec(text)?.[1] ?? (line && m.index + word.length === text.length ? line.next : '');
    const fixed = repair(word, next);
    if (fixed === undefined) continue;
    out += text.slice(from, m.index);
    repairs.push({ at: out.length, from: m.index, fixed: fixed.length, typed: word.length });
    out += fixed;
    from = m.index + word.length;
  }
  if (from === 0) return { text, toOriginal: same };
  out += text.slice(from);
  const length = out.length;
  return {
    text: out,
    toOriginal: (offset) => {
      if (!(offset >= 0 && offset <= length)) return text.length;
      // The last repair starting at or before `offset`.
      let low = 0;
      let high = repairs.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (repairs[mid]!.at <= offset) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (found < 0) return offset;
      const r = repairs[found]!;
      // Every repaired character points at the word's start or its matching letter.
      if (offset < r.at + r.fixed) return r.from + Math.min(offset - r.at, r.typed - 1);
      return r.from + r.typed + (offset - r.at - r.fixed);
    },
  };
}

// No contraction written without its apostrophe is longer than this.
const LONGEST = Math.max(4, ...Object.keys(CONTRACTIONS).map((k) => k.length));
