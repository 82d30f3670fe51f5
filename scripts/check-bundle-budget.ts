/**
 * Fails when the JavaScript a first visit loads grows past the budget. Follows the build
 * manifest from index.html through static imports only: whatever loads lazily (the guide,
 * scenario content, the tone coach) does not count against the first screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 100;
const dist = process.argv[2] ?? 'dist';

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

let manifest: Record<string, Chunk>;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
} catch {
  console.error(`No build manifest in ${dist}/.vite: run "npm run build" first.`);
  process.exit(2);
}

const firstLoad = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  chunk.imports?.forEach(visit);
};
visit('index.html');

const gzipKiB = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rows = [...firstLoad].map((file) => ({ file, kib: gzipKiB(file) }));
const total = rows.reduce((sum, row) => sum + row.kib, 0);
const lazy = Object.values(manifest).filter(
  (chunk) => chunk.file.endsWith('.js') && !firstLoad.has(chunk.file),
);
const lazyTotal = lazy.reduce((sum, chunk) => sum + gzipKiB(chunk.file), 0);

for (const row of rows)
  console.log(`first load  ${row.kib.toFixed(1).padStart(6)} KiB gzip  ${row.file}`);
console.log(`first-load JavaScript: ${total.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)`);
console.log(`loaded later, on demand: ${lazyTotal.toFixed(1)} KiB gzip in ${lazy.length} chunks`);
if (total > BUDGET_KIB) {
  console.error(
    `Over budget by ${(total - BUDGET_KIB).toFixed(1)} KiB: lazy-load what the first screen does not need.`,
  );
  process.exit(1);
}
