/**
 * One module per guide and language, so a guide's step loads a small index instead of a
 * table of every file of every guide in every language (globs over content/ made that table
 * a few KiB of every guide's first load).
 *
 * - `virtual:guide-content` exports `guideLoaders` ('es/bullying' → a loader of that guide's
 *   files) and `ownTemplates` (the draft templates a language has written itself, by the same
 *   key, for the choice of a draft's language).
 * - `virtual:guide-content/<locale>/<id>` imports the guide's files in that language, an
 *   English file standing in for each one the language lacks: `about`, `steps` (by file
 *   name), `draftNotes`, `template`, `sheet`, `examples`, and `paths` (where each came from:
 *   'about', 'steps/ask'…, for the messages of the frontmatter checks). scripts/route-chunks.ts puts it with the
 *   guide's words.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locale';

export const GUIDE_CONTENT = 'virtual:guide-content';
const RESOLVED = `\0${GUIDE_CONTENT}`;

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

export function guideContent(contentDir = 'content'): Plugin {
  const root = resolve(contentDir);
  const scenariosIn = (locale: string) => join(root, locale, 'scenarios');
  const guideIds = () => folders(scenariosIn(DEFAULT_LOCALE));

  /** Each file name of a guide with the file to use in `locale` (own, else English). */
  function filesOf(locale: string, id: string): Map<string, string> {
    const chosen = new Map<string, string>();
    for (const language of [DEFAULT_LOCALE, locale]) {
      const dir = join(scenariosIn(language), id);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) chosen.set(file, join(dir, file));
    }
    return chosen;
  }

  function indexModule(): string {
    const loaders: string[] = [];
    const templates: string[] = [];
    for (const locale of LOCALES) {
      for (const id of guideIds()) {
        const key = JSON.stringify(`${locale}/${id}`);
        loaders.push(
          `  ${key}: () => import(${JSON.stringify(`${GUIDE_CONTENT}/${locale}/${id}`)}),`,
        );
        const own = join(scenariosIn(locale), id, 'draft.txt');
        if (existsSync(own))
          templates.push(
            `  ${key}: () => import(${JSON.stringify(`${own}?raw`)}).then((m) => m.default),`,
          );
      }
    }
    return [
      `export const guideLoaders = {\n${loaders.join('\n')}\n};`,
      `export const ownTemplates = {\n${templates.join('\n')}\n};`,
    ].join('\n');
  }

  function guideModule(locale: string, id: string): string {
    const files = filesOf(locale, id);
    const imports: string[] = [];
    const steps: string[] = [];
    const paths: Record<string, string> = {};
    const bind = (name: string, file: string, how: 'module' | 'default' | 'raw', key = name) => {
      paths[key] = relative(process.cwd(), file);
      const source = JSON.stringify(how === 'raw' ? `${file}?raw` : file);
      imports.push(
        how === 'module'
          ? `import * as file_${name} from ${source};`
          : `import file_${name} from ${source};`,
      );
    };
    for (const [file, path] of files) {
      if (file === 'about.mdx') bind('about', path, 'module');
      else if (file === 'draft.mdx') bind('draftNotes', path, 'module');
      else if (file === 'draft.txt') bind('template', path, 'raw');
      else if (file === 'sheet.txt') bind('sheet', path, 'raw');
      else if (file === 'examples.json') bind('examples', path, 'default');
      else if (file.endsWith('.mdx')) {
        const step = file.replace(/\.mdx$/, '');
        const name = `step${steps.length}`;
        bind(name, path, 'module', `steps/${step}`);
        steps.push(`  ${JSON.stringify(step)}: file_${name},`);
      }
    }
    for (const needed of ['about', 'template', 'examples'])
      if (!(needed in paths)) throw new Error(`guide ${id} in ${locale} has no ${needed}`);
    const optional = (name: string) =>
      `export const ${name} = ${name in paths ? `file_${name}` : 'null'};`;
    return [
      ...imports,
      `export { file_about as about, file_template as template, file_examples as examples };`,
      optional('draftNotes'),
      optional('sheet'),
      `export const steps = {\n${steps.join('\n')}\n};`,
      `export const paths = ${JSON.stringify(paths)};`,
    ].join('\n');
  }

  return {
    name: 'common-ground:guide-content',
    resolveId(source) {
      if (source === GUIDE_CONTENT || source.startsWith(`${GUIDE_CONTENT}/`)) return `\0${source}`;
    },
    load(id) {
      // A guide or file added while the dev server runs needs a restart to be found.
      if (id === RESOLVED) return indexModule();
      if (!id.startsWith(`${RESOLVED}/`)) return;
      const [locale = '', guide = ''] = id.slice(RESOLVED.length + 1).split('/');
      return guideModule(locale, guide);
    },
  };
}
