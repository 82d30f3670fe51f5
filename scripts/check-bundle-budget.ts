/**
 * Fails when the JavaScript a first visit loads grows past the budget, on the home page or
 * on a guide's first step. Follows the build manifest through static imports only: from
 * index.html for the first screen, and from index.html plus what each route's own HTML
 * preloads (scripts/site-pages.ts) for every other route. Whatever loads lazily after a
 * route has shown (the tone coach on the draft, another screen) does not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readManifest, staticClosure, type Manifest } from './route-chunks';
import { pages } from './site-pages';
import { routePreloads } from './vite-static-routes';

const FIRST_LOAD_BUDGET_KIB = 100;
/**
 * A guide's step, in any language. The goal (issue 16) is 130 KiB, so that a parent opening
 * a coach's link starts as quickly as on the home page; every guide step is still above it
 * (141–159 KiB), so for now the budget holds the line just above today's figures and the
 * goal is printed beside it. Lower the budget to the goal once the steps fit.
 */
const GUIDE_STEP_BUDGET_KIB = 165;
const GUIDE_STEP_GOAL_KIB = 130;
const isGuideStep = (path: string) => /(^|\/)scenarios\/[^/]+$/.test(path);
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

const firstLoad = staticClosure(manifest, ['index.html']);
const total = totalKiB(firstLoad);
const lazy = Object.values(manifest).filter(
  (chunk) => chunk.file.endsWith('.js') && !firstLoad.includes(chunk.file),
);
const lazyTotal = totalKiB(lazy.map((chunk) => chunk.file));

for (const file of firstLoad)
  console.log(`first load  ${gzipKiB(file).toFixed(1).padStart(6)} KiB gzip  ${file}`);
console.log(
  `first-load JavaScript: ${total.toFixed(1)} KiB gzip (budget ${FIRST_LOAD_BUDGET_KIB} KiB)`,
);
console.log(`loaded later, on demand: ${lazyTotal.toFixed(1)} KiB gzip in ${lazy.length} chunks`);

console.log(`JavaScript each route loads before it shows (gzip):`);
console.log(
  `  ${total.toFixed(1).padStart(6)} KiB in ${String(firstLoad.length).padStart(2)} files  /`,
);
const overBudget: string[] = [];
for (const route of pages()) {
  let files: string[];
  try {
    files = [...firstLoad, ...routePreloads(manifest, route)];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const kib = totalKiB(files);
  const guideStep = isGuideStep(route.path);
  if (guideStep && kib > GUIDE_STEP_BUDGET_KIB) overBudget.push(`/${route.path}/`);
  console.log(
    `  ${kib.toFixed(1).padStart(6)} KiB in ${String(files.length).padStart(2)} files  /${route.path}/` +
      (guideStep
        ? ` guide step: budget ${GUIDE_STEP_BUDGET_KIB} KiB, goal ${GUIDE_STEP_GOAL_KIB} KiB` +
          (kib > GUIDE_STEP_GOAL_KIB ? ` (${(kib - GUIDE_STEP_GOAL_KIB).toFixed(1)} over)` : '')
        : ''),
  );
}

let failed = false;
if (total > FIRST_LOAD_BUDGET_KIB) {
  console.error(
    `First load over budget by ${(total - FIRST_LOAD_BUDGET_KIB).toFixed(1)} KiB: lazy-load what the first screen does not need.`,
  );
  failed = true;
}
if (overBudget.length > 0) {
  console.error(
    `Over the ${GUIDE_STEP_BUDGET_KIB} KiB budget for a guide step: ${overBudget.join(', ')}. ` +
      `Load what its first step does not show later.`,
  );
  failed = true;
}
if (failed) process.exit(1);
