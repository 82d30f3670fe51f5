/**
 * The words of the app's own screens (buttons, headings, notices), by key, in message
 * catalogs under content/<locale>/ui/messages.json. English is the reference: `t()` is typed
 * by its keys, so a missing key is a type error, and a test lists every key another language
 * lacks. A key missing at run time falls back to English when English is loaded.
 *
 * Every catalog, English too, is loaded in parts (scripts/vite-message-parts.ts): its core,
 * which the page loads before its first render (src/app/page-locale.ts) and its HTML preloads
 * (scripts/site-pages.ts), and the sections only one kind of screen reads, loaded with that
 * screen (./message-parts.ts). A page carries the words of its own language only.
 */
import type en from '../../../content/en/ui/messages.json';
import { fillIn } from '../fill-in';
import { DEFAULT_LOCALE, pageLocale, type Locale } from './locale';
import type { MessagePart } from './message-parts';

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

type Loaders = Record<string, () => Promise<Tree>>;
// Vite needs each glob's options written out literally.
const partFiles: Record<MessagePart | 'core', Loaders> = {
  core: import.meta.glob<Tree>('../../../content/*/ui/messages.json', {
    query: '?part=core',
    import: 'default',
  }),
  draft: import.meta.glob<Tree>('../../../content/*/ui/messages.json', {
    query: '?part=draft',
    import: 'default',
  }),
  rehearsal: import.meta.glob<Tree>('../../../content/*/ui/messages.json', {
    query: '?part=rehearsal',
    import: 'default',
  }),
  reference: import.meta.glob<Tree>('../../../content/*/ui/messages.json', {
    query: '?part=reference',
    import: 'default',
  }),
};
const loading = new Map<string, Promise<void>>();

/**
 * Loads a language's catalog (once): its core before the first render of a page in it, a
 * part (`draft`, `rehearsal`…) before the screen that shows it.
 */
export function loadMessages(locale: Locale, part: MessagePart | 'core' = 'core'): Promise<void> {
  const key = `${locale}/${part}`;
  let loaded = loading.get(key);
  if (!loaded) {
    const load = partFiles[part][`../../../content/${locale}/ui/messages.json`];
    loaded = load
      ? load().then((words) => {
          catalogs.set(locale, { ...catalogs.get(locale), ...words });
        })
      : Promise.resolve();
    // A part that failed to arrive (the network went) is asked for again next time.
    loaded.catch(() => loading.delete(key));
    loading.set(key, loaded);
  }
  return loaded;
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
