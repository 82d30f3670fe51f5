import type { Sentence } from './sentences';
import type { ToneCategory } from './types';

/** A possible finding before overlaps are resolved. Offsets are absolute. */
export interface Candidate {
  category: ToneCategory;
  start: number;
  end: number;
  suggestion?: string;
  /** The rule that found it: a phrase rule's id, or a code rule's name ("threat/to-severe"). */
  rule?: string;
  /** For a sentence only the models flagged: the features that weighed most. */
  features?: string[];
  /**
   * A phrase rule that flags on its own (no `weight`): its words were written to be pointed
   * wherever they are, so the models need not agree.
   */
  sure?: boolean;
  /** A longer span with a rewrite, used only if it overlaps nothing else that was kept. */
  wide?: { start: number; end: number; suggestion: string };
}

export type Rule = (sentence: Sentence, out: Candidate[]) => void;

/** A code rule's name: its category, a slash and a name ("threat/to-severe"). */
export type RuleName = `${ToneCategory}/${string}`;

const categoryOf = (name: RuleName) => name.slice(0, name.indexOf('/')) as ToneCategory;

/** Runs a global regex over `text`, resetting it first since patterns are shared module state. */
export function forEachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    visit(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

export function addCandidate(
  out: Candidate[],
  sentence: Sentence,
  name: RuleName,
  from: number,
  to: number,
  suggestion?: string,
): Candidate {
  const candidate: Candidate = {
    category: categoryOf(name),
    start: sentence.start + from,
    end: sentence.start + to,
    rule: name,
  };
  if (suggestion) candidate.suggestion = suggestion;
  out.push(candidate);
  return candidate;
}

/**
 * A rule that flags each match of its patterns, unless `skip` decides the surrounding words
 * change the meaning (a hedge, a positive turn, a question about oneself).
 */
export function phraseRule(
  name: RuleName,
  patterns: RegExp[],
  skip?: (sentence: Sentence, match: RegExpExecArray) => boolean,
): Rule {
  // Most sentences match none of a long list, so one combined pattern rules them out in a
  // single pass; only a sentence it lets through runs the patterns one by one.
  const any =
    patterns.length > 2
      ? new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'i')
      : undefined;
  return (sentence, out) => {
    if (any && !any.test(sentence.text)) return;
    for (const re of patterns) {
      forEachMatch(re, sentence.text, (m) => {
        if (skip?.(sentence, m)) return;
        addCandidate(out, sentence, name, m.index, m.index + m[0].length);
      });
    }
  };
}

const CLAUSE_START_BEFORE = /(?:^|[,;:(—–.]\s*)$/;

/** True when `index` begins the sentence or follows clause punctuation ("Hi Ms. Lee, fix this"). */
export function startsClause(text: string, index: number): boolean {
  return CLAUSE_START_BEFORE.test(text.slice(Math.max(0, index - 8), index));
}

/** Compiles a case-insensitive global pattern from regex source with `{NAME}` fragments. */
export function pattern(source: string, fragments: Record<string, string> = {}): RegExp {
  const expanded = source.replace(
    /\{([A-Z_]+)\}/g,
    (whole, name: string) => fragments[name] ?? whole,
  );
  return new RegExp(expanded, 'gi');
}
