/**
 * The words of the app's own screens (buttons, headings, notices), by key, in message
 * catalogs under content/<locale>/ui/messages.json. English is the reference: `t()` is typed
 * by its keys, so a missing key is a type error, and a test lists every key another language
 * lacks. A key missing at run time falls back to English when English is loaded.
 *
 * Every catalog, English too, is a chunk of its own that the page loads before its first
 * render (src/app/page-locale.ts), and each page's HTML preloads its language's catalog
 * (scripts/site-pages.ts): a page carries the words of its own language only.
 */
import type en from '../../../content/en/ui/messages.json';
import { fillIn } from '../fill-in';
import { DEFAULT_LOCALE, pageLocale, type Locale } from './locale';

type Plural = { one: string; other: string };
type Catalog = typeof en;

/** "home.title" for every string (or plural) in the English catalog. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | Plural
    ? `${Prefix}${K}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = KeysOf<Catalog>;
export type MessageValues = Record<string, string | number>;

type Tree = { [key: string]: string | Tree };

const catalogs = new Map<Locale, Tree>();

const catalogFiles = import.meta.glob<Tree>('../../../content/*/ui/messages.json', {
  import: 'default',
});

/** Loads a language's catalog (once) before the first render of a page in it. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (catalogs.has(locale)) return;
  const load = catalogFiles[`../../../content/${locale}/ui/messages.json`];
  if (load) catalogs.set(locale, await load());
}

function lookup(tree: Tree | undefined, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return node;
}

function choose(node: string | Tree, locale: Locale, values: MessageValues): string | undefined {
  if (typeof node === 'string') return node;
  const count = Number(values.count);
  const form = new Intl.PluralRules(locale).select(Number.isFinite(count) ? count : 0);
  const chosen = node[form] ?? node.other;
  return typeof chosen === 'string' ? chosen : undefined;
}

/** The message for `key` in the page's language, with `{name}` placeholders filled. */
export function t(key: MessageKey, values: MessageValues = {}, locale = pageLocale()): string {
  for (const language of [locale, DEFAULT_LOCALE]) {
    const node = lookup(catalogs.get(language), key);
    const text = node === undefined ? undefined : choose(node, language, values);
    if (text !== undefined) return fillIn(text, values);
  }
  return key;
}
