/**
 * Lets deep links such as /scenarios/first-week-intro work on any static host, with no
 * rewrite rules: the build writes a copy of index.html at each route's path, and a
 * 404.html for hosts that serve one for unknown paths.
 *
 * Each route's copy also preloads what that route renders first (its language's words, its
 * page chunk, a guide's machine and words…), so the browser fetches them all at once with
 * the entry instead of discovering them one import after another. The home page (path '')
 * is index.html itself; 404.html, which any address in any language may get, preloads
 * nothing beyond the entry.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readManifest, staticClosure, type Manifest } from './route-chunks';

export interface StaticRoute {
  /**
   * The route's path without slashes at either end: 'records', 'es/scenarios/bullying', or ''
   * for the home page.
   */
  path: string;
  /**
   * What the route loads before it shows its content: source files as the manifest names
   * them ('src/features/guide/scenario-page.tsx') or chunk names ('guide-en-bullying').
   */
  preload: string[];
}

/** The manifest key of a source file or a named chunk; fails the build when it is gone. */
function keyOf(manifest: Manifest, wanted: string): string {
  if (manifest[wanted]) return wanted;
  const named = Object.keys(manifest).find((key) => manifest[key]?.name === wanted);
  if (!named) throw new Error(`static routes: nothing in the build is called "${wanted}"`);
  return named;
}

/** The files a route preloads beyond what index.html already does, in import order. */
export function routePreloads(manifest: Manifest, route: StaticRoute): string[] {
  const entry = new Set(staticClosure(manifest, ['index.html']));
  const keys = route.preload.map((wanted) => keyOf(manifest, wanted));
  return staticClosure(manifest, keys).filter((file) => !entry.has(file));
}

export function staticRoutes(routes: () => StaticRoute[]): Plugin {
  let base = '/';
  return {
    name: 'common-ground:static-routes',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) return;
      const index = join(outDir, 'index.html');
      const html = readFileSync(index, 'utf8');
      writeFileSync(join(outDir, '404.html'), html);
      const manifest = readManifest(outDir);
      for (const route of routes()) {
        const links = routePreloads(manifest, route)
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
          .join('\n    ');
        mkdirSync(join(outDir, route.path), { recursive: true });
        writeFileSync(
          join(outDir, route.path, 'index.html'),
          links ? html.replace('</head>', `\n    ${links}\n  </head>`) : html,
        );
      }
    },
  };
}
