/**
 * What a search costs per query: `npx tsx scripts/bench-search.ts` (part of `npm run bench`).
 * Every query of tests/search/queries.*.json is searched as the search page does (results
 * and the guides it leads to), as the parent types it, one keystroke at a time: the median
 * and the slowest full query, and the slowest keystroke. Goal: ≤ 2 ms a query at full speed.
 * Figures are printed, never asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchDocuments } from '../src/search/build-search-documents';
import { createSearch } from '../src/search/search-index';
import type { SearchWords } from '../src/search/search-types';
import { median } from './median';
import { readSearchSource } from './vite-search-documents';

const RUNS = 30;

/** The fastest of a few runs: what the work costs, without the machine's interruptions. */
function cost(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const tables = readdirSync('tests/search').flatMap((file) => {
  const match = /^queries\.(\w+)\.json$/.exec(file);
  return match ? [[match[1]!, join('tests/search', file)] as const] : [];
});

for (const [locale, file] of tables) {
  const words = JSON.parse(
    readFileSync(join('content', locale, 'search', 'words.json'), 'utf8'),
  ) as SearchWords;
  const documents = buildSearchDocuments(readSearchSource('content', locale));
  const started = performance.now();
  const search = createSearch(documents, words);
  const built = performance.now() - started;
  const queries = (JSON.parse(readFileSync(file, 'utf8')) as { query: string }[]).map(
    ({ query }) => query,
  );
  const run = (query: string) => {
    search.search(query, 20);
    search.clearlyBest(query);
  };
  for (const query of queries) run(query); // warm up
  const perQuery = queries.map((query) => ({ query, ms: cost(() => run(query)) }));
  const slowest = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
  const keystrokes = queries.flatMap((query) =>
    [...query].map((_, i) => cost(() => run(query.slice(0, i + 1)))),
  );
  console.log(
    `search (${locale}, ${documents.length} documents, index built in ${built.toFixed(1)} ms): ` +
      `per query median ${median(perQuery.map((q) => q.ms)).toFixed(2)} ms, ` +
      `max ${slowest.ms.toFixed(2)} ms ("${slowest.query}") over ${queries.length} queries; ` +
      `slowest keystroke ${Math.max(...keystrokes).toFixed(2)} ms`,
  );
}
