/**
 * Spanish words that speak of the parent's child without knowing whether it is a son or a
 * daughter say "su hijo o hija" (or use the child's name), never "su hijo" alone
 * (content/es is written for every family).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'content/es';
const files = (readdirSync(ROOT, { recursive: true }) as string[])
  .filter((path) => /\.(mdx|json|txt)$/.test(path))
  .map((path) => join(ROOT, path));

test('the Spanish content names the child as “su hijo o hija”, not “su hijo” alone', () => {
  const found = files.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        /\b[Ss]u hij[oa]\b(?! o hij[oa])/u.test(line)
          ? [`${path}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
  expect(found).toEqual([]);
});
