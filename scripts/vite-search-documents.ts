/**
 * Serves the search documents of each language as `virtual:search-documents/<locale>`
 * (every guide, tip, reframe, glossary term and rehearsal, built from content/<locale> when
 * the app is built or served, so the browser only loads the finished list), and
 * `virtual:search-documents`, which loads the list of one language on demand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import {
  buildSearchDocuments,
  type ContentFile,
  type SearchSource,
} from '../src/search/build-search-documents';

const MODULE_ID = 'virtual:search-documents';
const RESOLVED_ID = `\0${MODULE_ID}`;

function readMdx(path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const name =
    path
      .split('/')
      .at(-1)
      ?.replace(/\.mdx$/, '') ?? '';
  return {
    name,
    frontmatter: (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>,
    body: match ? (match[2] ?? '') : text,
  };
}

/** A file of `locale`, or the English one when that language lacks it. */
const inLocale = (root: string, locale: string, path: string) => {
  const own = join(root, locale, path);
  return existsSync(own) ? own : join(root, 'en', path);
};

export function readSearchSource(root: string, locale: string): SearchSource {
  const english = join(root, 'en');
  const scenarios = readdirSync(join(english, 'scenarios'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: id }) => {
      const names = readdirSync(join(english, 'scenarios', id)).filter((file) =>
        file.endsWith('.mdx'),
      );
      const files = names
        .sort()
        .map((file) => readMdx(inLocale(root, locale, join('scenarios', id, file))));
      const about = files.find((file) => file.name === 'about');
      if (!about) throw new Error(`content/en/scenarios/${id} has no about.mdx`);
      return {
        id,
        about,
        steps: files.filter((file) => file.name !== 'about' && file.name !== 'draft'),
      };
    });
  const glossary = readdirSync(join(english, 'glossary'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => readMdx(inLocale(root, locale, join('glossary', file))));
  const phrases = JSON.parse(
    readFileSync(inLocale(root, locale, join('phrases', 'phrases.json')), 'utf8'),
  ) as SearchSource['phrases'];
  const rehearsals = readdirSync(join(english, 'rehearsals'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: id }) => {
      const words = JSON.parse(
        readFileSync(inLocale(root, locale, join('rehearsals', id, 'rehearsal.json')), 'utf8'),
      ) as SearchSource['rehearsals'][number];
      return {
        id,
        title: words.title,
        summary: words.summary,
        when: words.when,
        situation: words.situation,
      };
    });
  const { rehearsalKeywords } = JSON.parse(
    readFileSync(inLocale(root, locale, join('search', 'words.json')), 'utf8'),
  ) as { rehearsalKeywords: string[] };
  return { scenarios, glossary, phrases, rehearsals, rehearsalKeywords };
}

/** The languages content exists for: every folder under content/. */
const localesIn = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );

export function searchDocuments(root: string): Plugin {
  return {
    name: 'common-ground:search-documents',
    resolveId: (id) => (id.startsWith(MODULE_ID) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED_ID)) return;
      const locale = id.slice(RESOLVED_ID.length + 1);
      if (!locale) {
        const loaders = localesIn(root).map(
          (name) =>
            `${JSON.stringify(name)}: () => import(${JSON.stringify(`${MODULE_ID}/${name}`)})`,
        );
        return `export default { ${loaders.join(', ')} };`;
      }
      // Rebuild when content changes during development. Vite resolves each watched path
      // as a module of the client's graph, so it must name files, never a folder.
      for (const file of filesUnder(resolve(root))) this.addWatchFile(file);
      const documents = buildSearchDocuments(readSearchSource(root, locale));
      const words = JSON.parse(readFileSync(inLocale(root, locale, 'search/words.json'), 'utf8'));
      return `export const documents = ${JSON.stringify(documents)};\nexport const words = ${JSON.stringify(words)};`;
    },
  };
}
