/**
 * Lets deep links such as /scenarios/first-week-intro work on any static host, with no
 * rewrite rules: the build writes a copy of index.html at each scenario's path, and a
 * 404.html for hosts that serve one for unknown paths.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function staticRoutes(contentDir: string): Plugin {
  return {
    name: 'common-ground:static-routes',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) return;
      const index = join(outDir, 'index.html');
      const scenarios = readdirSync(contentDir, { withFileTypes: true }).filter((entry) =>
        entry.isDirectory(),
      );
      for (const { name } of scenarios) {
        mkdirSync(join(outDir, 'scenarios', name), { recursive: true });
        copyFileSync(index, join(outDir, 'scenarios', name, 'index.html'));
      }
      copyFileSync(index, join(outDir, '404.html'));
    },
  };
}
