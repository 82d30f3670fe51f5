/** Every check in content/<locale>/tone/rehearsal-checks.json finds its examples, pattern by pattern. */
import { compileSpokenChecks, type SpokenChecksFile } from '../../src/rehearsals/judge-reply';
import { loadToneLocale, toneContent, toneLocales } from '../../src/tone/locale-content';

await Promise.all(toneLocales().map(loadToneLocale));

describe.each(toneLocales())('the %s rehearsal checks', (locale) => {
  const file = toneContent(locale).rehearsalChecks as SpokenChecksFile;
  const only = (spec: SpokenChecksFile['checks'][number], match = spec.match) => {
    const { tests, read } = compileSpokenChecks({ ...file, checks: [{ ...spec, match }] }, locale);
    return (text: string) => tests[spec.check](read(text));
  };

  test('are the language’s own, with unique ids', () => {
    expect(toneContent(locale).locale).toBe(locale);
    const ids = file.checks.map((spec) => spec.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const spec of file.checks) {
    test(`${spec.check}/${spec.id} finds its examples and not the others`, () => {
      const { match = [], noMatch = [] } = spec.examples ?? {};
      expect(match.length).toBeGreaterThan(0);
      expect(noMatch.length).toBeGreaterThan(0);
      const finds = only(spec);
      for (const text of match) expect(finds(text), text).toBe(true);
      for (const text of noMatch) expect(finds(text), text).toBe(false);
      for (const pattern of spec.match) {
        const alone = only(spec, [pattern]);
        expect(match.filter(alone), `no example shows "${pattern}"`).not.toEqual([]);
      }
    });
  }
});
