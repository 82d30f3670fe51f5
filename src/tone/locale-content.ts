// The words the tone rules read, per language, from content/<locale>/tone/: word classes
// (word-classes.json), phrase rules (rules/<category>.json) and how the language is written
// (locale.json). A language with no files of its own reads English.
import type { ToneCategory } from './categories';

export interface RuleExamples {
  /** Sentences the rule must fire on. */
  flag: string[];
  /** Sentences it must stay quiet on. */
  pass: string[];
}

/** One phrase rule, as written in a rule file (docs/writing-tone-rules.md). */
export interface PhraseRuleSpec {
  id: string;
  /** Phrase patterns; any one of them fires the rule. */
  match: string[];
  /** Without it the rule flags alone; with it, cues add up (see phrase-rules.ts). */
  weight?: number;
  /** Only in a question (or a line with no closing mark). */
  question?: boolean;
  /** Not in a plainly happy sentence. */
  unlessHappy?: boolean;
  /** Patterns that, anywhere in the sentence, mean the rule does not apply. */
  unless?: string[];
  /** Patterns that cancel the rule when they come before the match in the same clause. */
  unlessBefore?: string[];
  /** Words that replace the matched words; "" means the words can simply go. */
  rewrite?: string;
  /** Why the rule exists, for whoever edits it. */
  note?: string;
  examples?: RuleExamples;
}

export interface RuleFile {
  rules: PhraseRuleSpec[];
}

export interface LocaleSettings {
  /** Words hold letters beyond a–z (accents, ñ). */
  unicode?: boolean;
}

export interface ToneLocaleContent {
  locale: string;
  settings: LocaleSettings;
  classes: Record<string, string[]>;
  rules: { category: ToneCategory; file: RuleFile }[];
}

type Files = Record<string, unknown>;

// Vite (the app, vitest) bundles the files; plain Node (the trainer, the bench) reads them.
const files: Files = import.meta.env
  ? import.meta.glob('../../content/*/tone/{locale,word-classes}.json', {
      eager: true,
      import: 'default',
    })
  : readFromDisk('locale', 'word-classes');
const ruleFiles: Files = import.meta.env
  ? import.meta.glob('../../content/*/tone/rules/*.json', { eager: true, import: 'default' })
  : readFromDisk('rules');

function readFromDisk(...names: string[]): Files {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const fs = process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  if (!fs) return {};
  const root = new URL('../../content/', import.meta.url);
  const out: Files = {};
  for (const locale of fs.readdirSync(root)) {
    const dir = new URL(`${locale}/tone/`, root);
    if (!fs.existsSync(dir)) continue;
    for (const name of names) {
      if (name === 'rules') {
        const rules = new URL('rules/', dir);
        if (!fs.existsSync(rules)) continue;
        for (const f of fs.readdirSync(rules).filter((f) => f.endsWith('.json'))) {
          out[`../../content/${locale}/tone/rules/${f}`] = JSON.parse(
            fs.readFileSync(new URL(f, rules), 'utf8'),
          );
        }
      } else {
        const file = new URL(`${name}.json`, dir);
        if (fs.existsSync(file))
          out[`../../content/${locale}/tone/${name}.json`] = JSON.parse(
            fs.readFileSync(file, 'utf8'),
          );
      }
    }
  }
  return out;
}

export const DEFAULT_TONE_LOCALE = 'en';

/** Languages with tone rules of their own. */
let locales: string[] | undefined;

export function toneLocales(): string[] {
  if (!locales) {
    const found = new Set<string>();
    for (const key of Object.keys(ruleFiles)) found.add(key.split('/')[3]!);
    locales = [...found].sort();
  }
  return [...locales];
}

const cache = new Map<string, ToneLocaleContent>();

/**
 * The tone content of `locale`, or of English when the language has no rules yet.
 */
export function toneContent(locale: string = DEFAULT_TONE_LOCALE): ToneLocaleContent {
  let content = cache.get(locale);
  if (content) return content;
  const wanted = toneLocales().includes(locale) ? locale : DEFAULT_TONE_LOCALE;
  content = cache.get(wanted);
  if (!content) {
    const base = `../../content/${wanted}/tone/`;
    const rules = Object.entries(ruleFiles)
      .filter(([key]) => key.startsWith(`${base}rules/`))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, file]) => ({
        category: key.slice(`${base}rules/`.length, -'.json'.length) as ToneCategory,
        file: file as RuleFile,
      }));
    content = {
      locale: wanted,
      settings: (files[`${base}locale.json`] as LocaleSettings | undefined) ?? {},
      classes: (files[`${base}word-classes.json`] as Record<string, string[]> | undefined) ?? {},
      rules,
    };
    cache.set(wanted, content);
  }
  cache.set(locale, content);
  return content;
}
