/**
 * `import words from 'content/es/ui/messages.json?part=draft'` gives only the catalog's
 * `draft` section; `?part=core` everything but the sections of src/lib/i18n/message-parts.ts.
 * Authors keep one catalog per language; pages load only the sections they show.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { MESSAGE_PARTS } from '../src/lib/i18n/message-parts';

const QUERY = /\?part=(\w+)$/;
// A virtual id not ending in .json, so that Vite's JSON plugin does not take it for its own.
const PREFIX = '\0messages-part:';
const SUFFIX = '.part.js';
const PART_ID =
  /^\0messages-part:(\w+):.*[\\/]content[\\/](\w+)[\\/]ui[\\/]messages\.json\.part\.js$/;

/** The chunk a catalog part goes in ('messages-es', 'messages-es-draft'), or null. */
export function messagePartChunkName(id: string): string | null {
  const match = PART_ID.exec(id);
  if (!match) return null;
  const [, part, locale] = match;
  return part === 'core' ? `messages-${locale}` : `messages-${locale}-${part}`;
}

export function messageParts(): Plugin {
  return {
    name: 'common-ground:message-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const query = QUERY.exec(source);
      if (!query || !/messages\.json\?/.test(source)) return;
      const file = await this.resolve(source.slice(0, query.index), importer, { skipSelf: true });
      return file && `${PREFIX}${query[1] ?? ''}:${file.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return;
      const rest = id.slice(PREFIX.length);
      const part = rest.slice(0, rest.indexOf(':'));
      const file = rest.slice(part.length + 1, -SUFFIX.length);
      this.addWatchFile(file);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const kept =
        part === 'core'
          ? Object.fromEntries(
              Object.entries(catalog).filter(
                ([key]) => !(MESSAGE_PARTS as readonly string[]).includes(key),
              ),
            )
          : { [part]: catalog[part] ?? {} };
      return `export default ${JSON.stringify(kept)};`;
    },
  };
}
