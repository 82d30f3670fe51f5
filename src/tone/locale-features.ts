// The models' features for a language other than English: the same kinds as model.ts's
// (words, crude stems, word pairs, openings, cues, phrase rules by id), with words read letter by
// letter and accents folded as the rules fold them, and the cues taken from the language's word
// classes in content/<locale>/tone/word-classes.json: `you` (the reader addressed), `school`,
// `hedge`, `me`, `child`, `acronym`, and the shared `positive`, `negative` and `omission`.
import { compiledFor } from './read-sentences';
import { wordFeatures } from './word-features';

const WORD = /[\p{L}]+|\d+/gu;
const CAPS = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;

// Common endings, longest first, so "ignoraron", "ignorando" and "ignora" share a stem.
const ENDINGS = [
  'amente',
  'mente',
  'aciones',
  'acion',
  'ieron',
  'iendo',
  'aron',
  'ando',
  'aban',
  'adas',
  'ados',
  'idas',
  'idos',
  'aba',
  'ada',
  'ado',
  'ida',
  'ido',
  'ar',
  'er',
  'ir',
  'es',
  'as',
  'os',
  'a',
  'o',
  'e',
  's',
];

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

const acronymsOf = new Map<string, Set<string>>();

export function localeFeatures(
  text: string,
  ruleIds: readonly string[],
  locale: string,
): Set<string> {
  const rules = compiledFor(locale);
  const folded = rules.fold(text);
  const words = (folded.toLowerCase().match(WORD) ?? []).map((w) => (/^\d/.test(w) ? '0' : w));
  const out = wordFeatures(words, stem);
  const has = (name: string) => rules.hasClass(name, folded);
  const you = has('you');
  const negative = rules.has.negative(folded);
  const positive = rules.has.positive(folded);
  const omission = rules.has.omission(folded);
  if (you) out.add('#you');
  if (has('school')) out.add('#school');
  if (negative) out.add('#neg');
  if (positive) out.add('#pos');
  if (omission) out.add('#omit');
  if (you && (omission || negative)) out.add('#you-neg');
  if (you && positive && !negative && !omission) out.add('#you-pos');
  if (has('hedge')) out.add('#hedge');
  if (has('me')) out.add('#me');
  if (has('child')) out.add('#child');
  if (/\?\s*$/.test(text) || text.includes('¿')) out.add('#q');
  if (/!\s*$/.test(text)) out.add('#bang');
  if (/[!?]{2,}|[¡¿]{2,}/.test(text)) out.add('#stacked');
  let acronyms = acronymsOf.get(rules.locale);
  if (!acronyms) {
    acronyms = new Set(
      (rules.classes.acronym ?? []).flatMap((e) => e.split('/')).map((w) => w.toUpperCase()),
    );
    acronymsOf.set(rules.locale, acronyms);
  }
  if ((folded.match(CAPS) ?? []).some((w) => !acronyms.has(w))) out.add('#caps');
  if (words.length <= 5) out.add('#short');
  for (const id of ruleIds) out.add(`#r:${id}`);
  return out;
}
