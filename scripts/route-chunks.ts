/**
 * Reading the build manifest (dist/.vite/manifest.json): which files a chunk pulls in
 * through static imports, and which files hold the tone analyzer. Shared by the bundle
 * budget, the route benchmark, the static-routes plugin's preloads and the browser tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}

export type Manifest = Record<string, ManifestChunk>;

/** The name vite.config.ts gives the chunk that holds src/tone (see its codeSplitting). */
export const TONE_CHUNK = 'tone';

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The files `keys` load before they run: themselves and their static imports, in order. */
export function staticClosure(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...files];
}

/** The manifest key of the chunk built from source file `src` (e.g. 'src/app/app.tsx'). */
export function keyOfSource(manifest: Manifest, src: string): string | undefined {
  return Object.keys(manifest).find((key) => manifest[key]?.src === src);
}

/** Every file that holds tone analyzer code, or another language's tone rules and model. */
export function toneChunkFiles(dist: string, manifest = readManifest(dist)): Set<string> {
  return new Set(
    Object.values(manifest)
      .filter((chunk) => chunk.name === TONE_CHUNK || chunk.name?.startsWith(`${TONE_CHUNK}-`))
      .map((chunk) => chunk.file),
  );
}

const TONE_LOCALE_FILE =
  /[\\/](?:content[\\/](\w+)[\\/]tone[\\/].+\.json|src[\\/]tone[\\/]model-weights\.(\w+)\.json)$/;

/**
 * The chunk of a language's tone rules, words and model ("tone-es"), loaded only on that
 * language's pages (src/tone/locale-content.ts); English's stay in the analyzer's chunk.
 */
export function toneLocaleChunkName(id: string): string | null {
  const match = TONE_LOCALE_FILE.exec(id);
  const locale = match?.[1] ?? match?.[2];
  return locale && locale !== 'en' ? `${TONE_CHUNK}-${locale}` : null;
}

const GUIDE_FILE = /[\\/]content[\\/](\w+)[\\/]scenarios[\\/]([\w-]+)[\\/]([^\\/?]+)(?:\?.*)?$/;
const TEACHER_FILE =
  /[\\/]content[\\/](\w+)[\\/]rehearsals[\\/]([\w-]+)[\\/](?!rehearsal\.json)[\w-]+\.json$/;

/**
 * The chunk a content file goes in (vite.config.ts groups them), or null to leave it be:
 * a guide's words (MDX) in one chunk per guide and language and its texts (draft template,
 * examples, sheet) in another, so a language that still borrows English texts loads no
 * English words; a rehearsal's teacher scripts in one chunk per rehearsal and language.
 * A guide's module of its files (scripts/vite-guide-content.ts) goes with its words; other
 * virtual modules (such as `about.mdx?frontmatter`) stay where they are.
 */
export function contentChunkName(id: string): string | null {
  // A guide's own module (scripts/vite-guide-content.ts) goes with its words.
  const guideModule = /^\0virtual:guide-content\/(\w+)\/([\w-]+)$/.exec(id);
  if (guideModule) return `guide-${guideModule[1]}-${guideModule[2]}`;
  if (id.startsWith('\0')) return null;
  const guide = GUIDE_FILE.exec(id);
  if (guide) {
    const [, locale, name, file] = guide;
    return `guide-${locale}-${name}${file?.endsWith('.mdx') ? '' : '-texts'}`;
  }
  const teachers = TEACHER_FILE.exec(id);
  return teachers ? `rehearsal-${teachers[1]}-${teachers[2]}` : null;
}

/**
 * The content chunks a guide or rehearsal (`folder`, e.g. 'scenarios/bullying') opened in
 * `locale` loads, with `fallback`'s files standing in for those the language lacks.
 */
export function contentChunksIn(locale: string, folder: string, fallback: string): string[] {
  const names = readdirSync(join('content', fallback, folder)).map((file) => {
    const own = join('content', locale, folder, file);
    return contentChunkName(`/${existsSync(own) ? own : join('content', fallback, folder, file)}`);
  });
  // A guide's module of its files is in its words' chunk, even in a language that has none.
  const own = folder.startsWith('scenarios/') ? [`guide-${locale}-${folder.slice(10)}`] : [];
  return [...new Set([...own, ...names.filter((name) => name !== null)])];
}
