// The words the tone rules read, per language, from content/<locale>/tone/: word classes
// (word-classes.json), phrase rules (rules/<category>.json), how the language is written
// (locale.json), the words the coach shows (tone.json), the phrases that show what already works
// (strengths.json) and the rehearsal's strategy checks (rehearsal-checks.json); and a language's trained model
// (src/tone/model-weights.<locale>.json; English's ships in model.ts). A language with no files
// of its own reads English.
//
// English is bundled with the analyzer. Another language loads on demand, so an English page
// never downloads it: `await loadToneLocale(locale)` before reading text in that language.
import type { ToneCategory } from './categories';
import type { WeightsFile } from './model';

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
  /**
   * Accents are often left out when typing fast ("dificil", "esta"): rules and text are read
   * with accented vowels as plain ones, so a rule written "está" also finds "esta".
   */
  foldAccents?: boolean;
}

export interface ToneLocaleContent {
  locale: string;
  settings: LocaleSettings;
  classes: Record<string, string[]>;
  rules: { category: ToneCategory; file: RuleFile }[];
  /** tone.json: the words the coach shows (see words.ts). */
  words: unknown;
  /** strengths.json: the phrases that show what already works (see strengths.ts), if any. */
  strengths: unknown;
  /** rehearsal-checks.json: how a reply said out loud is checked (src/rehearsals/judge-reply.ts). */
  rehearsalChecks: unknown;
  /** The language's trained model, or null (English's is model.ts's SHIPPED_MODEL). */
  model: WeightsFile | null;
}

type Files = Record<string, unknown>;
type Loaders = Record<string, () => Promise<unknown>>;

export const DEFAULT_TONE_LOCALE = 'en';

function modelKey(locale: string): string {
  return `./model-weights.${locale}.json`;
}

// Vite (the app, vitest) bundles English and loads another language when asked; plain Node
// (the trainer, the command line, the bench) reads every language from disk at once.
const files: Files = import.meta.env
  ? import.meta.glob(
      [
        '../../content/en/tone/{locale,word-classes,tone,strengths,rehearsal-checks}.json',
        '../../content/en/tone/rules/*.json',
      ],
      { eager: true, import: 'default' },
    )
  : readFromDisk();
const lazyFiles: Loaders = import.meta.env
  ? {
      ...import.meta.glob(
        [
          '../../content/*/tone/{locale,word-classes,tone,strengths,rehearsal-checks}.json',
          '../../content/*/tone/rules/*.json',
          '!../../content/en/**',
        ],
        { import: 'default' },
      ),
      ...import.meta.glob('./model-weights.*.json', { import: 'default' }),
    }
  : {};

function readFromDisk(): Files {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const fs = process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  if (!fs) return {};
  const root = new URL('../../content/', import.meta.url);
  const out: Files = {};
  const read = (url: URL, key: string) => {
    if (fs.existsSync(url)) out[key] = JSON.parse(fs.readFileSync(url, 'utf8'));
  };
  for (const locale of fs.readdirSync(root)) {
    const dir = new URL(`${locale}/tone/`, root);
    if (!fs.existsSync(dir)) continue;
    for (const name of ['locale', 'word-classes', 'tone', 'strengths', 'rehearsal-checks']) {
      read(new URL(`${name}.json`, dir), `../../content/${locale}/tone/${name}.json`);
    }
    const rules = new URL('rules/', dir);
    if (fs.existsSync(rules)) {
      for (const f of fs.readdirSync(rules).filter((f) => f.endsWith('.json'))) {
        read(new URL(f, rules), `../../content/${locale}/tone/rules/${f}`);
      }
    }
    if (locale !== DEFAULT_TONE_LOCALE) {
      // Not import.meta.url inline: Vite reads a templated `new URL` beside it as an asset glob.
      const here = import.meta.url;
      read(new URL(`model-weights.${locale}.json`, here), modelKey(locale));
    }
  }
  return out;
}

const isRuleFile = (key: string) => /^\.\.\/\.\.\/content\/[^/]+\/tone\/rules\//.test(key);
const localeOf = (key: string) => key.split('/')[3]!;

/** Languages with tone rules of their own. */
let locales: string[] | undefined;

export function toneLocales(): string[] {
  if (!locales) {
    const found = new Set<string>();
    for (const key of [...Object.keys(files), ...Object.keys(lazyFiles)]) {
      if (isRuleFile(key)) found.add(localeOf(key));
    }
    locales = [...found].sort();
  }
  return [...locales];
}

const loaded = new Set<string>([DEFAULT_TONE_LOCALE, ...(import.meta.env ? [] : toneLocales())]);

/** Makes `locale`'s rules, words and model ready to read (at once for English). */
export async function loadToneLocale(locale: string): Promise<void> {
  if (loaded.has(locale) || !toneLocales().includes(locale)) return;
  const base = `../../content/${locale}/tone/`;
  const wanted = Object.entries(lazyFiles).filter(
    ([key]) => key.startsWith(base) || key === modelKey(locale),
  );
  const contents = await Promise.all(wanted.map(([, load]) => load()));
  wanted.forEach(([key], i) => (files[key] = contents[i]));
  loaded.add(locale);
}

const cache = new Map<string, ToneLocaleContent>();

/**
 * The tone content of `locale`, or of English when the language has no rules yet. Throws when
 * the language has rules that `loadToneLocale` has not loaded, so a missed load shows at once
 * instead of reading the text with another language's rules.
 */
export function toneContent(locale: string = DEFAULT_TONE_LOCALE): ToneLocaleContent {
  let content = cache.get(locale);
  if (content) return content;
  const wanted = toneLocales().includes(locale) ? locale : DEFAULT_TONE_LOCALE;
  if (!loaded.has(wanted)) {
    throw new Error(`The ${wanted} tone rules are not loaded: await loadToneLocale('${wanted}')`);
  }
  content = cache.get(wanted);
  if (!content) {
    const base = `../../content/${wanted}/tone/`;
    const rules = Object.entries(files)
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
      words: files[`${base}tone.json`],
      strengths: files[`${base}strengths.json`],
      rehearsalChecks: files[`${base}rehearsal-checks.json`],
      model:
        wanted === DEFAULT_TONE_LOCALE
          ? null
          : ((files[modelKey(wanted)] as WeightsFile | undefined) ?? null),
    };
    cache.set(wanted, content);
  }
  cache.set(locale, content);
  return content;
}
