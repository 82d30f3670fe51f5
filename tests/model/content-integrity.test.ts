/**
 * Content and machines must agree, in every language: every step names MDX that exists,
 * every MDX file is used, every field has words, and templates and examples speak of real
 * fields only.
 */
import Mustache from 'mustache';
import { checkDraft } from '../../src/scenarios/drafts/check-draft';
import { ANSWER_FORMS, composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { scenarioSummaries } from '../../src/scenarios/content';
import { contentPaths } from '../../src/scenarios/content-paths';
import { currentMeta } from '../../src/scenarios/engine/define-scenario';
import { problemWith } from '../../src/lib/fields/validate-answers';
import { scenarioLoaders } from '../../src/scenarios/registry';
import { LOCALES } from '../../src/lib/i18n/locale';
import { contentPathOf } from '../../src/lib/i18n/localized-files';
import { loadAllScenarios } from '../support/scenarios';

const byLocale = await Promise.all(
  LOCALES.map(async (locale) => [locale, await loadAllScenarios(locale)] as const),
);
const folderOf = (path: string) => path.split('/').at(-2);
const localeOf = (path: string) => contentPathOf(path)?.locale;

test('every registered scenario has a content folder and every content folder is registered', () => {
  const folders = new Set(
    [...contentPaths.abouts, ...contentPaths.steps, ...contentPaths.templates].map(folderOf),
  );
  expect([...folders].sort()).toEqual(Object.keys(scenarioLoaders).sort());
  expect(scenarioSummaries.map((summary) => summary.id).sort()).toEqual(
    Object.keys(scenarioLoaders).sort(),
  );
});

describe.each(
  byLocale.flatMap(([locale, scenarios]) =>
    scenarios.map((loaded) => [`${locale}/${loaded.scenario.id}`, locale, loaded] as const),
  ),
)('%s', (_name, locale, { scenario, content }) => {
  const id = scenario.id;
  test('every step state names an MDX file that exists, and every MDX file is named', () => {
    const named = Object.values(scenario.machine.states)
      .map((node) => node.meta as ReturnType<typeof currentMeta> | undefined)
      .flatMap((meta) => (meta?.view === 'step' ? [meta.content] : []));
    const files = contentPaths.steps
      .filter((path) => folderOf(path) === id && localeOf(path) === locale)
      .map(
        (path) =>
          `${id}/${path
            .split('/')
            .at(-1)
            ?.replace(/\.mdx$/, '')}`,
      );
    // A language still being written may lack a folder; its steps then read in English.
    if (files.length > 0) expect(named.sort()).toEqual(files.sort());
  });

  test('the about page has what the home page shows', () => {
    const about = content.about.frontmatter;
    expect(about.title.length).toBeGreaterThan(5);
    expect(about.summary.length).toBeGreaterThan(20);
    expect(about.situations.length).toBeGreaterThan(2);
  });

  test('every step has a title and words for exactly its fields and options', () => {
    for (const step of scenario.steps) {
      const frontmatter = content.steps[step.id]?.frontmatter;
      expect(frontmatter?.title, step.id).toBeTruthy();
      expect(Object.keys(frontmatter?.fields ?? {}).sort()).toEqual(
        step.fields.map((f) => f.name).sort(),
      );
      for (const field of step.fields) {
        const words = frontmatter?.fields[field.name];
        expect(words?.label, field.name).toBeTruthy();
        if (field.kind === 'choice')
          expect(Object.keys(words?.options ?? {})).toEqual(field.options);
      }
    }
  });

  test('every step carries a note for parent coaches', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const step of scenario.steps) {
      const mdx = await readFile(`content/en/scenarios/${id}/${step.id}.mdx`, 'utf8');
      expect(mdx, step.id).toMatch(/<CoachNote>\s*\S[\s\S]*<\/CoachNote>/);
    }
  });

  test('the draft template starts with a subject and names only real fields and options', () => {
    expect(content.template).toMatch(/^(?:Subject|Asunto): \S/);
    const known = new Set(
      scenario.fields.flatMap((field) => [
        field.name,
        ...(field.options ?? []).map((o) => `${field.name}=${o}`),
        ...(field.kind === 'text' || field.kind === 'longtext'
          ? ANSWER_FORMS.map((form) => `${field.name}.${form}`)
          : []),
      ]),
    );
    const names = (tokens: unknown[]): string[] =>
      tokens.flatMap((token) => {
        const [type, name, , , children] = token as [string, string, number, number, unknown[]?];
        return [...(type === 'text' ? [] : [name]), ...(children ? names(children) : [])];
      });
    for (const name of names(Mustache.parse(content.template))) expect(known, name).toContain(name);
  });

  // A template still in English (a language's fallback) is read with English words.
  const templateLocale = contentPaths.templates.some(
    (path) => folderOf(path) === id && localeOf(path) === locale,
  )
    ? locale
    : 'en';

  test('the example answers fit every place the draft gives them', () => {
    expect(
      checkDraft(
        content.template,
        scenario.fields,
        scenario.answersOnPath(content.examples),
        templateLocale,
      ),
    ).toEqual([]);
  });

  test('a printable sheet, if any, starts with a title and names only real fields', () => {
    if (content.sheet === null) return;
    expect(content.sheet).toMatch(/^(?:Title|Título): \S/);
    const sheet = composeDraft(content.sheet, scenario.fields, content.examples, templateLocale);
    expect(sheet.body).not.toMatch(/\{\{|\}\}/);
  });

  test('every follow-up names a real scenario and has words offering it', () => {
    const offers = content.draftNotes?.frontmatter.followUps ?? {};
    expect(Object.keys(offers).sort()).toEqual([...scenario.followUps].sort());
    for (const target of scenario.followUps) {
      expect(Object.keys(scenarioLoaders)).toContain(target);
      expect(offers[target]?.length ?? 0, target).toBeGreaterThan(10);
    }
  });

  test('the example answers are valid and cover every field', () => {
    for (const field of scenario.fields) {
      expect(content.examples[field.name], field.name).toBeTruthy();
      expect(problemWith(field, content.examples[field.name]), field.name).toBeNull();
    }
    expect(Object.keys(content.examples).sort()).toEqual(scenario.fields.map((f) => f.name).sort());
  });
});
