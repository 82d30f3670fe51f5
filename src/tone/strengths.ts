// What already works in a message: the habits the advice encourages (a curious question, a
// specific moment, an offer to help, thanks, a proposal). The phrases are content, one list per
// language in content/<locale>/tone/strengths.json, written as phrase patterns
// (docs/writing-tone-rules.md); this module only matches them. The tone coach and the rehearsal's
// judgement of a typed reply both read a message's strengths from here.
import type { ToneLocaleContent } from './locale-content';
import type { CompiledLocale } from './phrase-rules';
import { PatternCompiler } from './phrase-pattern';
import { forEachMatch } from './rule-kit';
import type { Sentence } from './sentences';
import type { ToneStrengthKind } from './types';

/** Every kind of strength, in the order a sentence's strengths are listed. */
export const STRENGTH_KINDS: readonly ToneStrengthKind[] = [
  'curious-question',
  'specific-observation',
  'offer-to-help',
  'appreciation',
  'proposes-solution',
];

/** One entry of a strengths file. */
export interface StrengthSpec {
  id: string;
  kind: ToneStrengthKind;
  /** Phrase patterns; any one of them shows the strength. */
  match: string[];
  /** Why the entry exists, for whoever edits it. */
  note?: string;
  /** Sentences it must find the strength in, and sentences it must not. */
  examples?: { match: string[]; noMatch: string[] };
}

export interface StrengthFile {
  strengths: StrengthSpec[];
}

export interface StrengthSpan {
  kind: ToneStrengthKind;
  start: number;
  end: number;
}

export interface CompiledStrengths {
  /** Each kind's patterns as one expression, in the file's order (the first that fits wins). */
  kinds: { kind: ToneStrengthKind; re: RegExp }[];
  fold: (text: string) => string;
}

const isKind = (value: unknown): value is ToneStrengthKind =>
  (STRENGTH_KINDS as readonly unknown[]).includes(value);

/**
 * Compiles `specs` with the language's word classes and spelling (accents folded where its
 * locale.json says so). Throws on an unknown kind, so a typo shows at once.
 */
export function compileStrengths(
  specs: readonly StrengthSpec[],
  rules: CompiledLocale,
  settings: ToneLocaleContent['settings'],
): CompiledStrengths {
  const compiler = new PatternCompiler({
    classes: rules.classes,
    unicode: settings.unicode === true,
  });
  const kinds: CompiledStrengths['kinds'] = [];
  for (const kind of STRENGTH_KINDS) {
    const patterns = specs.filter((spec) => spec.kind === kind).flatMap((spec) => spec.match);
    if (patterns.length > 0) kinds.push({ kind, re: compiler.compile(patterns.map(rules.fold)) });
  }
  for (const spec of specs) {
    if (!isKind(spec.kind)) throw new Error(`Strength ${spec.id} has an unknown kind ${spec.kind}`);
  }
  return { kinds, fold: rules.fold };
}

/** The language's strengths file, compiled (none when it has no file). */
export function strengthsOf(content: ToneLocaleContent, rules: CompiledLocale): CompiledStrengths {
  const file = content.strengths as StrengthFile | undefined;
  return compileStrengths(file?.strengths ?? [], rules, content.settings);
}

/** Each kind of strength once per sentence, at the first phrase that shows it. */
export function findStrengths(strengths: CompiledStrengths, sentence: Sentence): StrengthSpan[] {
  const found: StrengthSpan[] = [];
  const text = strengths.fold(sentence.text);
  for (const { kind, re } of strengths.kinds) {
    let first: StrengthSpan | undefined;
    forEachMatch(re, text, (m) => {
      first ??= {
        kind,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
      };
    });
    if (first) found.push(first);
  }
  return found;
}
