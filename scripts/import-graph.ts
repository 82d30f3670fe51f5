/**
 * Prints which folders of src/ import which (features one by one), and any pair that
 * imports each other: `npx tsx scripts/import-graph.ts [root]`. The layers it should show
 * are the ones eslint.config.js enforces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.', 'src');

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesIn(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** "features/guide", "lib", "app"…: the unit whose imports are counted. */
const folderOf = (file: string) => {
  const parts = relative(root, file).split('/');
  if (parts.length === 1) return '(src)';
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] ?? '');
};

const edges = new Map<string, Set<string>>();
for (const file of filesIn(root)) {
  const from = folderOf(file);
  for (const [, a, b] of readFileSync(file, 'utf8').matchAll(
    /from '(\.[^']+)'|import\('(\.[^']+)'\)/g,
  )) {
    const spec = a ?? b;
    if (!spec) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(root)) continue;
    const to = folderOf(target + '.ts');
    if (to === from) continue;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
}
for (const [from, tos] of [...edges].sort()) console.log(`${from} → ${[...tos].sort().join(', ')}`);
const mutual = [...edges].flatMap(([from, tos]) =>
  [...tos].filter((to) => from < to && edges.get(to)?.has(from)).map((to) => `${from} ⇄ ${to}`),
);
console.log(
  mutual.length
    ? `\nimport each other:\n${mutual.join('\n')}`
    : '\nno two folders import each other',
);
