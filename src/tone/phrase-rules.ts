// Runs the phrase rules of content/<locale>/tone/rules/*.json on a sentence.
//
// A rule without a weight flags its match on its own, unless one of its conditions says the
// surrounding words change the meaning. Rules with a weight are cues: passive-aggressive lines
// rarely carry a harsh word, and what gives them away is a combination (a stock opener, a marker
// of repetition, a comparison, a rhetorical question) next to a complaint. A sentence's cue weights
// add up, a complaint nearby adds COMPLAINT_BONUS, a charitable explanation ("maybe it went to
// spam") takes CHARITY_PENALTY away, and at THRESHOLD the strongest cue is flagged.
import type { ToneCategory } from './categories';
import type { PhraseRuleSpec, ToneLocaleContent } from './locale-content';
import { PatternCompiler, type Anchors } from './phrase-pattern';
import { matchCase } from './rewrite';
import type { Candidate } from './rule-kit';
import type { Sentence } from './sentences';

const THRESHOLD = 1;
const COMPLAINT_BONUS = 0.4;
const CHARITY_PENALTY = 0.6;

export interface CompiledRule {
  id: string;
  category: ToneCategory;
  spec: PhraseRuleSpec;
  re: RegExp;
  /** Words a sentence must hold for the rule to be worth running, or null. */
  anchors: Anchors | null;
  unless?: RegExp;
  unlessBefore?: RegExp;
}

/** A rule's match in a sentence, before the sentence is scored. */
export interface RuleHit {
  rule: CompiledRule;
  index: number;
  end: number;
}

type Test = (text: string) => boolean;

export interface CompiledLocale {
  locale: string;
  rules: CompiledRule[];
  /** Rules by the words (or word beginnings) a sentence must hold for them; by index in `rules`. */
  byWord: Map<string, number[]>;
  byPrefix: Map<string, number[]>;
  unanchored: number[];
  /** One word of the language, for finding the words a rule needs. */
  word: RegExp;
  has: {
    positive: Test;
    negative: Test;
    omission: Test;
    complaint: Test;
    charity: Test;
    formal: Test;
    asksToMeet: Test;
  };
  /** Whether text holds a phrase of the word class `name` (false for a class the language lacks). */
  hasClass: (name: string, text: string) => boolean;
  /** The word classes, as the rules read them (folded like the text). */
  classes: Readonly<Record<string, readonly string[]>>;
  /** The text as the rules read it: accents folded where locale.json asks (same length). */
  fold: (text: string) => string;
}

const never: Test = () => false;

const PLAIN: Record<string, string> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  ü: 'u',
  Á: 'A',
  É: 'E',
  Í: 'I',
  Ó: 'O',
  Ú: 'U',
  Ü: 'U',
};

/** Accented vowels as plain ones, one character for one, so offsets stay put ("ñ" stays). */
export const foldAccents = (text: string) => text.replace(/[áéíóúüÁÉÍÓÚÜ]/g, (c) => PLAIN[c]!);

function foldContent(content: ToneLocaleContent): ToneLocaleContent {
  const all = (list?: string[]) => list?.map(foldAccents);
  return {
    ...content,
    classes: Object.fromEntries(
      Object.entries(content.classes).map(([name, list]) => [name, all(list)!]),
    ),
    rules: content.rules.map(({ category, file }) => ({
      category,
      file: {
        rules: file.rules.map((spec) => {
          const folded: PhraseRuleSpec = { ...spec, match: all(spec.match)! };
          if (spec.unless) folded.unless = all(spec.unless)!;
          if (spec.unlessBefore) folded.unlessBefore = all(spec.unlessBefore)!;
          return folded;
        }),
      },
    })),
  };
}

export function compileLocale(written: ToneLocaleContent): CompiledLocale {
  const folds = written.settings.foldAccents === true;
  const content = folds ? foldContent(written) : written;
  const compiler = new PatternCompiler({
    classes: content.classes,
    unicode: content.settings.unicode === true,
  });
  const classTests = new Map<string, Test>();
  const classTest = (name: string): Test => {
    let test = classTests.get(name);
    if (!test) {
      const re = content.classes[name]
        ? new RegExp(compiler.classSource(name), compiler.flags.replace('g', ''))
        : undefined;
      test = re ? (text) => re.test(text) : never;
      classTests.set(name, test);
    }
    return test;
  };
  const rules: CompiledRule[] = [];
  for (const { category, file } of content.rules) {
    const group: CompiledRule[] = [];
    for (const spec of file.rules) {
      const rule: CompiledRule = {
        id: spec.id,
        category,
        spec,
        re: compiler.compile(spec.match),
        anchors: compiler.anchors(spec.match),
      };
      if (spec.unless?.length) rule.unless = compiler.compile(spec.unless);
      if (spec.unlessBefore?.length) rule.unlessBefore = compiler.compile(spec.unlessBefore);
      group.push(rule);
    }
    rules.push(...group);
  }
  const byWord = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const unanchored: number[] = [];
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== index) list.push(index);
    map.set(key, list);
  };
  rules.forEach((rule, i) => {
    if (!rule.anchors) unanchored.push(i);
    else {
      for (const w of rule.anchors.words) add(byWord, w, i);
      for (const p of rule.anchors.prefixes) add(byPrefix, p, i);
    }
  });
  return {
    locale: content.locale,
    byWord,
    byPrefix,
    unanchored,
    word: content.settings.unicode
      ? /[\p{L}\p{N}']+(?:-[\p{L}\p{N}']+)*/gu
      : /[a-z0-9']+(?:-[a-z0-9']+)*/g,
    rules,
    has: {
      positive: classTest('positive'),
      negative: classTest('negative'),
      omission: classTest('omission'),
      complaint: classTest('complaint'),
      charity: classTest('charity'),
      formal: classTest('formal'),
      asksToMeet: classTest('asks-to-meet'),
    },
    classes: content.classes,
    hasClass: (name, text) => classTest(name)(text),
    fold: folds ? foldAccents : (text) => text,
  };
}

function isQuestion(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('?') || !/[.!]$/.test(t);
}

/** The clause before `index`: back to the last comma, semicolon, colon or dash. */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const cut = Math.max(...[',', ';', ':', '—', '('].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

/** True when words someone else said were blanked out of this sentence. */
function quotesSomeone(sentence: Sentence): boolean {
  for (let i = 0; i < sentence.text.length; i++) {
    if (sentence.text[i] === ' ' && /[A-Za-z]/.test(sentence.raw[i]!)) return true;
  }
  return false;
}

/** Every rule whose pattern matches and whose conditions hold, at its first match. */
export function ruleHits(compiled: CompiledLocale, sentence: Sentence): RuleHit[] {
  const text = compiled.fold(sentence.text);
  const hits: RuleHit[] = [];
  let happy: boolean | undefined;
  const question = isQuestion(text);
  const list = text.toLowerCase().match(compiled.word) ?? [];
  const words = new Set(list);
  for (const w of list) if (w.includes('-')) for (const part of w.split('-')) words.add(part);
  // Only the rules whose anchor words are in the sentence, and those with none, are tried.
  const wanted = new Set<number>(compiled.unanchored);
  for (const w of words) {
    const byWord = compiled.byWord.get(w);
    if (byWord) for (const i of byWord) wanted.add(i);
    for (const [prefix, rules] of compiled.byPrefix)
      if (w.startsWith(prefix)) for (const i of rules) wanted.add(i);
  }
  const order = [...wanted].sort((a, b) => a - b);
  for (const index of order) {
    const rule = compiled.rules[index]!;
    {
      rule.re.lastIndex = 0;
      const m = rule.re.exec(text);
      if (!m) continue;
      const { spec } = rule;
      if (spec.question && !question) continue;
      if (spec.unlessHappy) {
        happy ??=
          compiled.has.positive(text) &&
          !compiled.has.negative(text) &&
          !compiled.has.omission(text);
        if (happy) continue;
      }
      if (rule.unless) {
        rule.unless.lastIndex = 0;
        if (rule.unless.test(text)) continue;
      }
      if (rule.unlessBefore) {
        rule.unlessBefore.lastIndex = 0;
        if (rule.unlessBefore.test(clauseBefore(text, m.index))) continue;
      }
      hits.push({ rule, index: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
}

/** The span and the rewrite of a hit: a rewrite of "" takes the words and their spacing away. */
function candidateOf(sentence: Sentence, hit: RuleHit): Candidate {
  let { index, end } = hit;
  const candidate: Candidate = {
    category: hit.rule.category,
    start: sentence.start + index,
    end: sentence.start + end,
    rule: hit.rule.id,
  };
  const rewrite = hit.rule.spec.rewrite;
  if (rewrite === undefined) return candidate;
  const raw = sentence.raw;
  if (rewrite !== '') {
    candidate.suggestion = matchCase(rewrite, raw.slice(index, end));
    return candidate;
  }
  // Dropping words: take a following comma and space along, or the space before.
  const after = /^,?\s+/.exec(raw.slice(end));
  const atStart = raw.slice(0, index).trim() === '';
  if (after && (atStart || after[0].startsWith(','))) end += after[0].length;
  else {
    const before = /[\s,]+$/.exec(raw.slice(0, index));
    if (before) index -= before[0].length;
  }
  if (index === 0 && end >= raw.replace(/[\s.!?…]+$/, '').length) return candidate;
  const next = raw.slice(end, end + 1);
  candidate.start = sentence.start + index;
  candidate.end = sentence.start + end;
  // The next word opens the sentence now, so it takes the capital.
  candidate.suggestion = '';
  if (atStart && /[a-z]/.test(next)) {
    candidate.end += 1;
    candidate.suggestion = next.toUpperCase();
  }
  return candidate;
}

/** Candidates from a sentence's hits: rules alone, and cues that add up. */
export function phraseCandidates(
  compiled: CompiledLocale,
  sentence: Sentence,
  hits: RuleHit[],
  out: Candidate[],
): void {
  let best: RuleHit | undefined;
  let score = 0;
  for (const hit of hits) {
    const weight = hit.rule.spec.weight;
    if (weight === undefined) {
      out.push({ ...candidateOf(sentence, hit), sure: true });
      continue;
    }
    score += weight;
    if (!best || weight > best.rule.spec.weight!) best = hit;
  }
  if (!best) return;
  const { fold } = compiled;
  const text = fold(sentence.text);
  const follow = /^\s*(?:still|and|but|no)\b/i.test(sentence.next) ? fold(sentence.next) : '';
  // A short fragment ("Good to know.") takes its meaning from the line before it.
  const fragment = text.split(/\s+/).length <= 4 ? fold(sentence.previous) : '';
  const nearby = `${text} ${follow} ${fragment}`;
  const { has } = compiled;
  if (
    has.negative(nearby) ||
    has.omission(nearby) ||
    has.complaint(nearby) ||
    /^so\b[^?]*\?\s*$/i.test(fragment.trim()) ||
    quotesSomeone(sentence)
  ) {
    score += COMPLAINT_BONUS;
  }
  if (has.charity(text)) score -= CHARITY_PENALTY;
  if (score >= THRESHOLD) out.push(candidateOf(sentence, best));
}
