/**
 * Drafts from answers written by people who never saw the templates, typing the way parents
 * really type (tests/drafts/answer-sets/<locale>/<writer>/<guide>.json: phone fragments,
 * run-ons, all lower case, a greeting in the name box, second-language English, pasted notes,
 * "see above"; in Spanish also no accents, "q" and "xq", typos). Every draft a parent can
 * reach must read as correct writing; what composition cannot fix, the draft check names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import type { Answers } from '../../src/lib/fields/field-spec';
import type { Locale } from '../../src/lib/i18n/locale';
import { readingProblems } from '../support/readable';
import { loadAllScenarios } from '../support/scenarios';

const root = new URL('./answer-sets/', import.meta.url);
const LOCALES: Locale[] = ['en', 'es'];
const scenariosIn = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadAllScenarios(locale)])),
) as Record<Locale, Awaited<ReturnType<typeof loadAllScenarios>>>;

const sets = LOCALES.flatMap((locale) => {
  const folder = new URL(`${locale}/`, root);
  return readdirSync(folder).flatMap((writer) =>
    readdirSync(new URL(`${writer}/`, folder)).flatMap((file) => {
      const id = file.replace(/\.json$/, '');
      const list = JSON.parse(readFileSync(new URL(`${writer}/${file}`, folder), 'utf8')) as {
        writer: string;
        answers: Answers;
      }[];
      return list.map(
        (set, index) =>
          [
            `${locale}/${writer}/${id} #${index + 1} (${set.writer})`,
            locale,
            writer,
            id,
            set.answers,
          ] as const,
      );
    }),
  );
});

test('there are several sets for every guide, from at least two writers', () => {
  for (const { scenario } of scenariosIn.en) {
    const own = sets.filter(([, locale, , id]) => locale === 'en' && id === scenario.id);
    expect(own.length, scenario.id).toBeGreaterThanOrEqual(6);
  }
});

test('Spanish hurried sets cover at least four guides, each from two writers', () => {
  const guides = new Map<string, Set<string>>();
  for (const [, locale, writer, id] of sets.filter(([, locale]) => locale === 'es'))
    if (locale === 'es') guides.set(id, (guides.get(id) ?? new Set()).add(writer));
  const covered = [...guides].filter(([, writers]) => writers.size >= 2);
  expect(covered.length).toBeGreaterThanOrEqual(4);
});

describe.each(sets)('%s', (_name, locale, _writer, id, answers) => {
  const loaded = scenariosIn[locale].find(({ scenario }) => scenario.id === id);
  if (!loaded) throw new Error(`No scenario ${id}`);
  const { scenario, content } = loaded;
  const onPath = scenario.answersOnPath(answers);

  test('every answer belongs to the guide, and every required one is given', () => {
    const names = new Set(scenario.fields.map((field) => field.name));
    expect(Object.keys(answers).filter((name) => !names.has(name))).toEqual([]);
    if (locale === 'es') expect(scenario.isComplete(answers)).toBe(true);
  });

  test('reads as correct writing', () => {
    // An answer too long for its box never reaches a draft: the step asks to shorten it.
    if (!scenario.isComplete(answers)) return;
    const draft = composeDraft(content.template, scenario.fields, onPath, locale);
    expect(readingProblems(`${draft.subject}\n\n${draft.body}`, locale), draft.body).toEqual([]);
    expect(draft.subject.length).toBeLessThanOrEqual(120);
  });
});
