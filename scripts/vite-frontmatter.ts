/**
 * `import frontmatter from './about.mdx?frontmatter'` gives only a file's YAML frontmatter,
 * as a plain object, without compiling its MDX: the home page lists every guide by its
 * title and summary, and the intro below them loads only when a guide opens.
 * `?frontmatter=title,summary` keeps only the keys listed, so a list bundles no more words
 * than it shows.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const QUERY = /\?frontmatter(?:=([\w,]+))?$/;
// A virtual id, so that no other plugin (MDX, React) takes the file for its own.
const PREFIX = '\0frontmatter:';

export function frontmatterOnly(): Plugin {
  return {
    name: 'common-ground:frontmatter',
    enforce: 'pre',
    async resolveId(source, importer) {
      const query = QUERY.exec(source);
      if (!query) return;
      const file = await this.resolve(source.slice(0, query.index), importer, {
        skipSelf: true,
      });
      return file && `${PREFIX}${query[1] ?? ''}:${file.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return;
      const rest = id.slice(PREFIX.length);
      const keys = rest.slice(0, rest.indexOf(':'));
      const file = rest.slice(keys.length + 1);
      this.addWatchFile(file);
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
      const frontmatter = (match ? parse(match[1] ?? '') : null) as Record<string, unknown> | null;
      const kept = keys
        ? Object.fromEntries(keys.split(',').map((key) => [key, frontmatter?.[key]]))
        : (frontmatter ?? {});
      return `export default ${JSON.stringify(kept)};`;
    },
  };
}
