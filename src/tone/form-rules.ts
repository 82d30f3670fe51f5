// Shouting for a language without code rules of its own: capitals and stacked marks are about the
// form of a sentence, not its words, so one rule serves every language. What a language writes in
// capitals by convention (IEP, TDAH) is its word class `acronym`, its short words that are
// emphasis when capitalised ("NO", "YA") the class `emphasis`; both in word-classes.json. English
// keeps its own rule (rules/shouting.ts).
import type { CompiledLocale } from './phrase-rules';
import { matchCase } from './rewrite';
import { addCandidate, forEachMatch, type Rule } from './rule-kit';

// One capital alone ("A", "Y") is a word only inside a run of capitals: "NO LO VUELVAN A HACER".
const CAPS_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}']*(?![\p{L}\p{N}])/gu;
const GAP = /^[\s,;:'¡¿-]*$/;
// "!!", "?!", "¡¡", "¿¿" and longer runs.
const STACKED = /[!?]{2,}|[¡¿]{2,}/g;

/** The words of a class written as plain words (no patterns), upper-cased. */
function wordsOf(compiled: CompiledLocale, name: string): Set<string> {
  return new Set(
    (compiled.classes[name] ?? []).flatMap((entry) => entry.split('/')).map((w) => w.toUpperCase()),
  );
}

export function formRules(compiled: CompiledLocale): Rule[] {
  const acronyms = wordsOf(compiled, 'acronym');
  const emphasis = wordsOf(compiled, 'emphasis');
  const plain = (word: string) => compiled.fold(word.replace(/'/g, ''));
  const isAcronym = (word: string) => acronyms.has(plain(word));
  const lower = (span: string) =>
    span.replace(CAPS_TOKEN, (word) => (isAcronym(word) ? word : word.toLowerCase()));

  const shouting: Rule = (sentence, out) => {
    const text = sentence.text;
    const folded = compiled.fold(text);
    // "¡¡GRACIAS!!" is joy: capitals and stacked marks in a warm sentence are not a raised voice.
    if (compiled.has.positive(folded) && !compiled.has.negative(folded)) return;
    const runs: { start: number; end: number; word: string }[][] = [];
    let run: { start: number; end: number; word: string }[] = [];
    forEachMatch(CAPS_TOKEN, text, (m) => {
      const token = { start: m.index, end: m.index + m[0].length, word: m[0] };
      const last = run.at(-1);
      if (last && !GAP.test(text.slice(last.end, token.start))) {
        runs.push(run);
        run = [];
      }
      run.push(token);
    });
    if (run.length) runs.push(run);
    for (const tokens of runs) {
      const words = tokens.filter((t) => !isAcronym(t.word));
      if (!words.some((t) => t.word.length >= 2)) continue;
      // Two capitalised words in a row are a raised voice; a lone short one may be initials.
      const shouts = words.filter(
        (t) => words.length >= 2 || t.word.length >= 5 || emphasis.has(plain(t.word)),
      );
      const first = shouts[0];
      const last = shouts.at(-1);
      if (!first || !last) continue;
      const lowered = lower(sentence.raw.slice(first.start, last.end));
      const atStart = /^[\s¡¿"“]*$/.test(text.slice(0, first.start));
      addCandidate(
        out,
        sentence,
        'shouting/capitals',
        first.start,
        last.end,
        atStart ? matchCase(lowered, 'A') : lowered,
      );
    }
    forEachMatch(STACKED, text, (m) => {
      const single = /[¡¿]/.test(m[0]) ? m[0][0]! : m[0].includes('?') ? '?' : '!';
      addCandidate(out, sentence, 'shouting/stacked-marks', m.index, m.index + m[0].length, single);
    });
  };
  return [shouting];
}
