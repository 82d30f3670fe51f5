// Phrase patterns: how rule files in content/<locale>/tone/ describe words without regular
// expressions (docs/writing-tone-rules.md). A pattern is a line of tokens separated by spaces:
//
//   bless your heart          these words, in this order, in any case
//   ignor*                    any word starting "ignor" (ignore, ignored, ignoring)
//   his/her/their             one of these words
//   (as usual / as always)    one of these phrases
//   [really / so]             optionally one of these phrases
//   @teacher                  any phrase of the word class "teacher" (word-classes.json)
//   _                         any one word
//   *ing                      any word ending in "ing"
//   ...                       a few words (up to about sixty letters, within the sentence)
//   #                         a number
//   , ? ! . : ; … ¿ ¡         that mark (… is an ellipsis, typed as … or ...)
//   ^ at the start, $ at the end: the sentence starts or ends there (^ after any ¿ or ¡)
//
// Patterns compile to regular expressions once, when the rules load.

export interface PatternLocale {
  /** Word classes by name; each entry is itself a phrase pattern. */
  classes: Readonly<Record<string, readonly string[]>>;
  /** True when words may hold letters beyond a–z (then word edges are found letter by letter). */
  unicode: boolean;
}

interface Item {
  source: string;
  /** A mark (",", "?") rather than a word: no space is needed next to it. */
  mark: boolean;
  optional: boolean;
  gap?: boolean;
  /** A bracketed group or a class: its phrases carry their own word edges. */
  group?: boolean;
  anchor?: '^' | '$';
}

// Words in most sentences of most languages' rule files (English here): poor anchors.
const COMMON = new Set(
  "i i'm i've i'll i'd me my we we're we'll our us you you're you've you'll your the a an to of in on at for with and or but so is are was were be been it it's this that he she his her they them do did does not no have has had will would can could just".split(
    ' ',
  ),
);

const MARKS = new Set([',', '?', '!', '.', ':', ';', '…', '¿', '¡']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Splits a pattern into tokens, keeping bracketed groups whole. */
function tokenize(pattern: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        const c = pattern[j]!;
        if (c === '(' || c === '[') depth++;
        else if (c === ')' || c === ']') depth--;
        if (depth === 0) break;
      }
      if (depth !== 0) throw new Error(`Unclosed bracket in "${pattern}"`);
      out.push(pattern.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (
      j < pattern.length &&
      !/\s/.test(pattern[j]!) &&
      pattern[j] !== '(' &&
      pattern[j] !== '['
    )
      j++;
    let word = pattern.slice(i, j);
    // An opening mark glued to a word ("¿qué") is a token of its own, and so is a closing one.
    const lead = /^([¿¡]+)(.+)$/.exec(word);
    if (lead) {
      out.push(...lead[1]!.split(''));
      word = lead[2]!;
    }
    const trail = /^(.+?)([,?!.:;]+)$/.exec(word);
    if (trail && trail[1] !== '...' && !/^\.+$/.test(word)) {
      out.push(trail[1]!, ...trail[2]!.split(''));
    } else out.push(word);
    i = j;
  }
  return out;
}

/** Splits "a / b c / d" at top-level spaced slashes. */
function alternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    // Only a slash with spaces around it separates phrases; "his/her" is one token.
    else if (
      c === '/' &&
      depth === 0 &&
      /\s/.test(inner[i - 1] ?? ' ') &&
      /\s/.test(inner[i + 1] ?? ' ')
    ) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return out.map((a) => a.trim()).filter((a) => a !== '');
}

/**
 * An alternation of `sources`; when every one starts at a word edge, the edge is tested once in
 * front, which lets the regular-expression engine skip ahead much faster.
 */
function hoist(sources: string[], edge: string): string {
  if (sources.length > 1 && sources.every((s) => s.startsWith(edge))) {
    return `${edge}(?:${sources.map((s) => s.slice(edge.length)).join('|')})`;
  }
  return `(?:${sources.join('|')})`;
}

/** Words of which a match must contain at least one, or null when no such list is known. */
export interface Anchors {
  words: Set<string>;
  prefixes: string[];
}

export class PatternCompiler {
  private readonly classCache = new Map<string, string>();
  private readonly letter: string;
  private readonly before: string;
  private readonly after: string;

  constructor(private readonly locale: PatternLocale) {
    this.letter = locale.unicode ? String.raw`[\p{L}\p{N}_']` : String.raw`[\w']`;
    this.before = locale.unicode ? String.raw`(?<![\p{L}\p{N}_])` : String.raw`\b`;
    this.after = locale.unicode ? String.raw`(?![\p{L}\p{N}_])` : String.raw`\b`;
  }

  get flags(): string {
    return this.locale.unicode ? 'giu' : 'gi';
  }

  /** The regular-expression source of one pattern. */
  source(pattern: string): string {
    return this.sequence(tokenize(pattern).map((t) => this.item(t, pattern)));
  }

  compile(patterns: readonly string[]): RegExp {
    return new RegExp(patterns.map((p) => `(?:${this.source(p)})`).join('|'), this.flags);
  }

  private word(token: string, whole: string): string {
    if (token === '_') return `${this.letter}+(?:-${this.letter}+)*`;
    // "*ing": any word ending in "ing".
    if (/^\*[\p{L}'-]+$/u.test(token)) return `${this.letter}+${escape(token.slice(1))}`;
    if (token === '#') return String.raw`\d+(?:[.,:]\d+)*`;
    // "#th": a number written with an ending ("5th").
    if (/^#[a-z]+$/.test(token)) return String.raw`\d+${token.slice(1)}`;
    if (!/^[\p{L}\p{N}'’.&-]+\*?$/u.test(token))
      throw new Error(`Unknown token "${token}" in "${whole}"`);
    const prefix = token.endsWith('*');
    const body = escape(prefix ? token.slice(0, -1) : token).replace(/'/g, "['’]");
    return prefix ? `${body}${this.letter}*` : body;
  }

  private item(token: string, whole: string): Item {
    if (token === '...') return { source: '', mark: false, optional: true, gap: true };
    if (token === '^' || token === '$')
      return { source: '', mark: true, optional: false, anchor: token };
    // "…" stands for a written ellipsis, typed either way.
    if (token === '…') return { source: String.raw`(?:\.\.\.|…)`, mark: true, optional: false };
    if (MARKS.has(token)) return { source: escape(token), mark: true, optional: false };
    if (token.startsWith('(') || token.startsWith('[')) {
      const optional = token.startsWith('[');
      const phrases = alternatives(token.slice(1, -1));
      if (phrases.length === 0) throw new Error(`Empty group in "${whole}"`);
      const alts = phrases.map((a) => this.source(a));
      const source = hoist(alts, this.before);
      // A group of marks ("[,]", "(! / ?)") sits next to a word with no space, like a mark.
      const mark = phrases.every((a) => tokenize(a).every((t) => MARKS.has(t)));
      return { source, mark, optional, group: true };
    }
    if (token.startsWith('@')) {
      return {
        source: this.classSource(token.slice(1), whole),
        mark: false,
        optional: false,
        group: true,
      };
    }
    const words = token.split('/');
    if (words.some((w) => w === ''))
      throw new Error(`A lone "/" in "${whole}": put phrases with spaces in brackets, (a b / c d)`);
    const source =
      words.length === 1
        ? this.word(words[0]!, whole)
        : `(?:${words.map((w) => this.word(w, whole)).join('|')})`;
    return { source, mark: false, optional: false };
  }

  classSource(name: string, whole = `@${name}`): string {
    const cached = this.classCache.get(name);
    if (cached !== undefined) return cached;
    const entries = this.locale.classes[name];
    if (!entries) throw new Error(`Unknown word class @${name} in "${whole}"`);
    this.classCache.set(name, '(?!)');
    // Longer phrases first, so "the teacher's aide" wins over "the teacher".
    const sources = [...entries].sort((a, b) => b.length - a.length).map((e) => this.source(e));
    const source = hoist(sources, this.before);
    this.classCache.set(name, source);
    return source;
  }

  /** Anchors of a list of patterns (any may match): the union of theirs. */
  anchors(patterns: readonly string[]): Anchors | null {
    const out: Anchors = { words: new Set(), prefixes: [] };
    for (const p of patterns) {
      const a = this.sequenceAnchors(tokenize(p), p);
      if (!a) return null;
      for (const w of a.words) out.words.add(w);
      out.prefixes.push(...a.prefixes);
    }
    return out;
  }

  private readonly classAnchors = new Map<string, Anchors | null>();

  private sequenceAnchors(tokens: string[], whole: string): Anchors | null {
    let best: Anchors | null = null;
    for (const t of tokens) {
      if (t.startsWith('[') || t === '...' || t === '^' || t === '$' || MARKS.has(t) || t === '…')
        continue;
      const a = this.tokenAnchors(t, whole);
      // Whole words are looked up at once, prefixes one by one: prefer the fewest, weighted so,
      // and the rarest, since a rule anchored on "you" runs on nearly every sentence.
      const cost = (x: Anchors) => {
        let c = 20 * x.prefixes.length;
        for (const w of x.words) c += COMMON.has(w) ? 40 : 1;
        return c;
      };
      if (a && (!best || cost(a) < cost(best))) best = a;
    }
    return best;
  }

  private tokenAnchors(token: string, whole: string): Anchors | null {
    if (token.startsWith('(')) return this.anchors(alternatives(token.slice(1, -1)));
    if (token.startsWith('@')) {
      const name = token.slice(1);
      if (!this.classAnchors.has(name)) {
        this.classAnchors.set(name, null);
        this.classAnchors.set(name, this.anchors(this.locale.classes[name] ?? []));
      }
      return this.classAnchors.get(name)!;
    }
    const out: Anchors = { words: new Set(), prefixes: [] };
    for (const w of token.split('/')) {
      if (w === '_' || w.startsWith('#') || w.startsWith('*') || w === '') return null;
      const word = w.toLowerCase().replace(/’/g, "'");
      if (word.endsWith('*')) out.prefixes.push(word.slice(0, -1));
      else out.words.add(word);
    }
    void whole;
    return out;
  }

  private sequence(items: Item[]): string {
    let out = '';
    let previous: Item | undefined;
    const edge = (item: Item) => (item.mark || item.gap || item.group ? '' : this.before);
    for (const item of items) {
      if (item.anchor === '^') {
        // A Spanish question or exclamation opens with its mark: "¿Por qué…?" starts at "Por".
        out += '^[¿¡]*';
        continue;
      }
      if (item.anchor === '$') {
        out += String.raw`(?=[\s.!?…]*$)`;
        continue;
      }
      if (item.gap) {
        out +=
          (previous && !previous.mark && !previous.group ? this.after : '') +
          String.raw`[^.?!]{0,60}?`;
        previous = item;
        continue;
      }
      const sep =
        previous === undefined || previous.gap
          ? previous?.gap && !item.group && !(item.mark && this.locale.unicode)
            ? this.before
            : edge(item)
          : previous.mark || item.mark
            ? String.raw`\s*`
            : String.raw`\s+`;
      out += item.optional
        ? previous === undefined
          ? `(?:${edge(item)}${item.source}${item.mark ? String.raw`\s*` : String.raw`\s+`})?`
          : `(?:${sep}${item.source})?`
        : `${sep}${item.source}`;
      if (!item.optional || previous !== undefined) previous = item;
    }
    const last = items.at(-1);
    if (last && !last.mark && !last.gap && !last.group) out += this.after;
    return out;
  }
}
