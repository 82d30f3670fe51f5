import { CATEGORY_IDS } from '../../src/tone/categories';
import { loadToneLocale, toneContent, toneLocales } from '../../src/tone/locale-content';
import { compileLocale, ruleHits } from '../../src/tone/phrase-rules';
import { splitSentences } from '../../src/tone/sentences';

// Every rule in content/<locale>/tone/rules/ carries examples it must fire on and examples it
// must stay quiet on; this runs them all, so a rule writer sees at once what an edit changed.
await Promise.all(toneLocales().map(loadToneLocale));

test('cover every language with tone rules, Spanish among them', () => {
  expect(toneLocales()).toEqual(expect.arrayContaining(['en', 'es']));
});

describe.each(toneLocales())('the %s rule files', (locale) => {
  const content = toneContent(locale);
  const compiled = compileLocale(content);
  const fires = (text: string, id: string) =>
    splitSentences(text).some((s) => ruleHits(compiled, s).some((h) => h.rule.id === id));

  test('read their own language, not English', () => {
    expect(content.locale).toBe(locale);
  });

  test('are named after categories in the registry, with unique rule ids', () => {
    const ids = content.rules.flatMap((r) => r.file.rules.map((rule) => rule.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const { category } of content.rules) expect(CATEGORY_IDS).toContain(category);
  });

  for (const { category, file } of content.rules) {
    for (const rule of file.rules) {
      test(`${category}/${rule.id} fires on its examples and stays quiet on the others`, () => {
        expect(rule.examples?.flag.length ?? 0).toBeGreaterThan(0);
        expect(rule.examples?.pass.length ?? 0).toBeGreaterThan(0);
        for (const text of rule.examples!.flag) expect(fires(text, rule.id), text).toBe(true);
        for (const text of rule.examples!.pass) expect(fires(text, rule.id), text).toBe(false);
      });
    }
  }
});
