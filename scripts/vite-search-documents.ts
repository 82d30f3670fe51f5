/**
 * Serves `virtual:search-documents`: every scenario, tip, reframe and glossary term as a
 * typed search document, built from content/ when the app is built (or served), so the
 * browser only loads the finished list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const mdxIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.mdx'))
        .sort()
        .map((file) => readMdx(join(dir, file)))
    : [];

export function readSearchSource(contentDir: string): SearchSource {
  const scenariosDir = join(contentDir, 'scenarios');
  const scenarios = readdirSync(scenariosDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: id }) => {
      const files = mdxIn(join(scenariosDir, id));
      const about = files.find((file) => file.name === 'about');
      if (!about) throw new Error(`content/en/scenarios/${id} has no about.mdx`);
      return {
        id,
        about,
        steps: files.filter((file) => file.name !== 'about' && file.name !== 'draft'),
      };
    });
  const phrasesFile = join(contentDir, 'phrases', 'phrases.json');
  return {
    scenarios,
    glossary: mdxIn(join(contentDir, 'glossary')),
    phrases: existsSync(phrasesFile)
      ? (JSON.parse(readFileSync(phrasesFile, 'utf8')) as SearchSource['phrases'])
      : [],
  };
}

export function searchDocuments(contentDir: string): Plugin {
  return {
    name: 'common-ground:search-documents',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return;
      // Rebuild when content changes during development.
      this.addWatchFile(contentDir);
      return `export default ${JSON.stringify(buildSearchDocuments(readSearchSource(contentDir)))};`;
    },
  };
}
