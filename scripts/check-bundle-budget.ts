/**
 * Fails when the JavaScript a first visit loads grows past the budget, on the home page (in
 * every language) or on a guide's first step. Follows the build manifest through static
 * imports only: from index.html's entry plus what each route's own HTML preloads
 * (scripts/site-pages.ts: its language's words, its page…). Whatever loads lazily after a
 * route has shown (the tone coach on the draft, another screen) does not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readManifest, staticClosure, type Manifest } from './route-chunks';
import { LOCALES } from '../src/lib/i18n/locale';
import { pages } from './site-pages';
import { routePreloads } from './vite-static-routes';

/** The home page, in any language: the first screen most parents see. */
const FIRST_LOAD_BUDGET_KIB = 100;
/**
 * A guide's step, in any language. The goal (issue 16) is 130 KiB, so that a parent opening
 * a coach's link starts as quickly as on the home page; most guides' steps are under it
 * (126–136 KiB, the longest guides in Spanish above), so the budget holds the line just above
 * today's figures and the goal is printed beside it. Lower the budget once every step fits.
 */
const GUIDE_STEP_BUDGET_KIB = 137;
const GUIDE_STEP_GOAL_KIB = 130;
const isGuideStep = (path: string) => /(^|\/)scenarios\/[^/]+$/.test(path);
const isHome = (path: string) => path === '' || (LOCALES as readonly string[]).includes(path);
const dist = process.argv[2] ?? 'dist';

let manifest: Manifest;
try {
  manifest = readManifest(dist);
} catch {
  console.error(`No build manifest in ${dist}/.vite: run "npm run build" first.`);
  process.exit(2);
}

const sizes = new Map<string, number>();
const gzipKiB = (file: string) => {
  let size = sizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
    sizes.set(file, size);
  }
  return size;
};
const totalKiB = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipKiB(file), 0);

const entry = staticClosure(manifest, ['index.html']);
const preloaded = new Set(entry);
const routes = pages().map((route) => {
  let files: string[];
  try {
    files = [...entry, ...routePreloads(manifest, route)];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  files.forEach((file) => preloaded.add(file));
  return { path: route.path, files, kib: totalKiB(files) };
});
const lazy = Object.values(manifest).filter(
  (chunk) => chunk.file.endsWith('.js') && !preloaded.has(chunk.file),
);
const lazyTotal = totalKiB(lazy.map((chunk) => chunk.file));

for (const file of entry)
  console.log(`entry       ${gzipKiB(file).toFixed(1).padStart(6)} KiB gzip  ${file}`);
console.log(`every page's entry: ${totalKiB(entry).toFixed(1)} KiB gzip`);
console.log(
  `loaded by no page up front, only on demand: ${lazyTotal.toFixed(1)} KiB gzip in ${lazy.length} chunks`,
);

console.log(`JavaScript each route loads before it shows (gzip):`);
const overBudget: string[] = [];
for (const { path, files, kib } of routes) {
  const [budget, goal] = isHome(path)
    ? [FIRST_LOAD_BUDGET_KIB, FIRST_LOAD_BUDGET_KIB]
    : isGuideStep(path)
      ? [GUIDE_STEP_BUDGET_KIB, GUIDE_STEP_GOAL_KIB]
      : [undefined, undefined];
  const address = path ? `/${path}/` : '/';
  if (budget !== undefined && kib > budget) overBudget.push(`${address} (budget ${budget} KiB)`);
  console.log(
    `  ${kib.toFixed(1).padStart(6)} KiB in ${String(files.length).padStart(2)} files  ${address}` +
      (budget === undefined
        ? ''
        : ` ${isHome(path) ? 'first screen' : 'guide step'}: budget ${budget} KiB` +
          (goal === budget ? '' : `, goal ${goal} KiB`) +
          (kib > goal ? ` (${(kib - goal).toFixed(1)} over)` : '')),
  );
}

if (overBudget.length > 0) {
  console.error(
    `Over budget: ${overBudget.join(', ')}. Load what the page does not show first later.`,
  );
  process.exit(1);
}
