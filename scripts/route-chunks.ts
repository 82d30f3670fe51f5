/**
 * Reading the build manifest (dist/.vite/manifest.json): which files a chunk pulls in
 * through static imports, and which files hold the tone analyzer. Shared by the bundle
 * budget, the route benchmark, the static-routes plugin's preloads and the browser tests.
 */
import { readFileSync } from 'node:fs';
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

/** Every file that holds tone analyzer code. */
export function toneChunkFiles(dist: string, manifest = readManifest(dist)): Set<string> {
  return new Set(
    Object.values(manifest)
      .filter((chunk) => chunk.name === TONE_CHUNK)
      .map((chunk) => chunk.file),
  );
}
