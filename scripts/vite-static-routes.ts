/**
 * Lets deep links such as /scenarios/first-week-intro work on any static host, with no
 * rewrite rules: the build writes a copy of index.html at each route's path, and a
 * 404.html for hosts that serve one for unknown paths.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function staticRoutes(routes: () => string[]): Plugin {
  return {
    name: 'common-ground:static-routes',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) return;
      const index = join(outDir, 'index.html');
      for (const route of routes()) {
        mkdirSync(join(outDir, route), { recursive: true });
        copyFileSync(index, join(outDir, route, 'index.html'));
      }
      copyFileSync(index, join(outDir, '404.html'));
    },
  };
}
