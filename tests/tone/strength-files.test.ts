import { loadToneLocale, toneContent, toneLocales } from '../../src/tone/locale-content';
import { compiledFor } from '../../src/tone/read-sentences';
import {
  STRENGTH_KINDS,
  compileStrengths,
  findStrengths,
  strengthsOf,
  type StrengthFile,
  type StrengthSpec,
} from '../../src/tone/strengths';
import { splitSentences } from '../../src/tone/sentences';

// Every entry in content/<locale>/tone/strengths.json carries sentences it must find its strength
// in and sentences it must not; each of its patterns must find at least one of them on its own,
// so no pattern is left untested.
await Promise.all(toneLocales().map(loadToneLocale));

describe.each(toneLocales())('the %s strengths file', (locale) => {
  const content = toneContent(locale);
  const rules = compiledFor(locale);
  const specs = (content.strengths as StrengthFile | undefined)?.strengths ?? [];
  const all = strengthsOf(content, rules);
  const kindsIn = (text: string, strengths = all) =>
    splitSentences(text).flatMap((s) => findStrengths(strengths, s).map((found) => found.kind));
  const alone = (spec: StrengthSpec, match = spec.match) =>
    compileStrengths([{ ...spec, match }], rules, content.settings);

  test('is the language’s own, covers every kind, with unique ids', () => {
    expect(content.locale).toBe(locale);
    expect(new Set(specs.map((spec) => spec.kind))).toEqual(new Set(STRENGTH_KINDS));
    const ids = specs.map((spec) => spec.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const spec of specs) {
    test(`${spec.kind}/${spec.id} finds its examples and not the others`, () => {
      const { match = [], noMatch = [] } = spec.examples ?? {};
      expect(match.length).toBeGreaterThan(0);
      expect(noMatch.length).toBeGreaterThan(0);
      for (const text of match) expect(kindsIn(text), text).toContain(spec.kind);
      for (const text of noMatch) expect(kindsIn(text, alone(spec)), text).toEqual([]);
      for (const pattern of spec.match) {
        const found = match.filter((text) => kindsIn(text, alone(spec, [pattern])).length > 0);
        expect(found, `no example shows "${pattern}"`).not.toEqual([]);
      }
    });
  }
});
