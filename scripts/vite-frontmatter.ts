/**
 * `import frontmatter from './about.mdx?frontmatter'` gives only a file's YAML frontmatter,
 * as a plain object, without compiling its MDX: the home page lists every guide by its
 * title and summary, and the intro below them loads only when a guide opens.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const QUERY = '?frontmatter';
// A virtual id, so that no other plugin (MDX, React) takes the file for its own.
const PREFIX = '\0frontmatter:';

export function frontmatterOnly(): Plugin {
  return {
    name: 'common-ground:frontmatter',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return;
      const file = await this.resolve(source.slice(0, -QUERY.length), importer, {
        skipSelf: true,
      });
      return file && `${PREFIX}${file.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify(match ? (parse(match[1] ?? '') ?? {}) : {})};`;
    },
  };
}
