import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNNAMED_KIND_LABELS } from '../../scripts/train-tone';
import { CATEGORIES, CATEGORY_IDS } from '../../src/tone/categories';
import { SHIPPED_MODEL } from '../../src/tone/model';
import { loadToneLocale, toneContent, toneLocales } from '../../src/tone/locale-content';
import { toneWords, toneWordsFor } from '../../src/tone/words';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REGISTRY = 'src/tone/categories.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : /\.(?:ts|tsx)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

describe('the category registry', () => {
  test('is the only list of categories in the code and the trainer', () => {
    // A quoted category id outside the registry is a list (or a lone entry) that can drift from
    // it. Only a rule may name the one category it reports, and the type-checker holds it to the
    // registry; rule files in content/ take theirs from the file name (tests/tone/rule-files.test.ts).
    const quoted = new RegExp(`['"\`](?:${CATEGORY_IDS.join('|')})['"\`]`, 'g');
    const offenders = [...filesUnder('src'), ...filesUnder('scripts')]
      .map((file) => relative(ROOT, join(ROOT, file)))
      .filter((file) => file !== REGISTRY && !file.startsWith('src/tone/rules/'))
      .flatMap((file) =>
        (readFileSync(join(ROOT, file), 'utf8').match(quoted) ?? []).map((id) => `${file}: ${id}`),
      );
    expect(offenders).toEqual([]);
  });

  test('has words for every category and no words for a category it lacks', () => {
    expect(Object.keys(toneWords.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    for (const c of CATEGORIES) {
      const [, id, field] = c.reasonKey.split('.');
      expect(toneWords.categories[id as typeof c.id][field as 'reason']).toBeTruthy();
      expect(c.guidanceKey).toBe(`categories.${c.id}.tryInstead`);
      expect(c.rewrite.length).toBeGreaterThan(10);
    }
  });

  test.each(toneLocales().filter((locale) => locale !== 'en'))(
    'has words in %s for every category and strength the English words have',
    async (locale) => {
      await loadToneLocale(locale);
      expect(toneContent(locale).words).toBeDefined();
      const words = toneWordsFor(locale);
      const keys = (o: object): string[] =>
        Object.entries(o).flatMap(([k, v]) =>
          typeof v === 'object' && v !== null ? keys(v).map((sub) => `${k}.${sub}`) : [k],
        );
      const { rewrites: _english, ...shared } = toneWords;
      expect(keys(words).sort()).toEqual(keys(shared).sort());
      for (const id of CATEGORY_IDS) {
        expect(words.categories[id].reason).not.toBe(toneWords.categories[id].reason);
      }
    },
  );

  test('is the list the shipped model was trained with, in the same order', () => {
    expect(SHIPPED_MODEL.categories).toEqual(CATEGORY_IDS);
  });

  test('names every category the labelled messages use (or the label for "a kind not named")', () => {
    const dir = fileURLToPath(new URL('./', import.meta.url));
    const jsonl = (sub: string): string[] =>
      readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? jsonl(join(sub, e.name))
          : e.name.endsWith('.jsonl')
            ? [join(dir, sub, e.name)]
            : [],
      );
    const used = new Set<string>();
    for (const file of jsonl('.')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim())
          for (const c of (JSON.parse(line) as { categories: string[] }).categories) used.add(c);
      }
    }
    const known = [...CATEGORY_IDS, ...UNNAMED_KIND_LABELS];
    expect([...used].filter((c) => !known.includes(c as never))).toEqual([]);
  });
});
