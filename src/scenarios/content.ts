/**
 * Finds scenario content under content/<locale>/scenarios/<id>/. Summaries for the home page
 * are bundled with the first screen (summaries.ts); everything else loads when a scenario
 * opens.
 */
import type { Answers, FieldWords } from '../lib/fields/field-spec';
import { DEFAULT_LOCALE, pageLocale, type Locale } from '../lib/i18n/locale';
import type * as v from 'valibot';
import { contentPathOf, filesFor } from '../lib/i18n/localized-files';
import { aboutSchema, checkFrontmatter, draftNotesSchema, stepSchema } from './content-schema';
import type {
  DraftNotesFrontmatter,
  MdxModule,
  ScenarioContent,
  StepFrontmatter,
} from './content-types';

export { scenarioSummaries, summariesIn } from './summaries';

// Every glob spans all languages (content/<locale>/…); `filesFor` picks the page's own.
const abouts = import.meta.glob<ScenarioContent['about']>('../../content/*/scenarios/*/about.mdx');
const stepFiles = import.meta.glob<MdxModule<StepFrontmatter>>([
  '../../content/*/scenarios/*/*.mdx',
  '!../../content/*/scenarios/*/about.mdx',
  '!../../content/*/scenarios/*/draft.mdx',
]);
const draftNotes = import.meta.glob<MdxModule<DraftNotesFrontmatter>>(
  '../../content/*/scenarios/*/draft.mdx',
);
// Vite needs each glob's options written out literally.
const templates = import.meta.glob<string>('../../content/*/scenarios/*/draft.txt', {
  query: '?raw',
  import: 'default',
});
const sheets = import.meta.glob<string>('../../content/*/scenarios/*/sheet.txt', {
  query: '?raw',
  import: 'default',
});
const examples = import.meta.glob<Answers>('../../content/*/scenarios/*/examples.json', {
  import: 'default',
});

/** "scenarios/raise-concern/pause.mdx" → folder "raise-concern", file "pause". */
const folderOf = (path: string) => path.split('/').at(-2) ?? '';
const fileOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.mdx$/, '');

/** Every content file path in every language, for the integrity tests. */
export const contentPaths = {
  steps: Object.keys(stepFiles),
  abouts: Object.keys(abouts),
  templates: Object.keys(templates),
  examples: Object.keys(examples),
  draftNotes: Object.keys(draftNotes),
  sheets: Object.keys(sheets),
};

/** The words for one of a step's fields; a field without words shows its name. */
export function wordsFor(content: ScenarioContent, stepId: string, field: string): FieldWords {
  return content.steps[stepId]?.frontmatter.fields[field] ?? { label: field };
}

function inFolder<T>(files: Record<string, T>, id: string): T | undefined {
  return Object.entries(files).find(([path]) => folderOf(path) === id)?.[1];
}

/** The draft template written in `locale` itself for a scenario (no other language's). */
const ownTemplate = (id: string, locale: Locale) =>
  Object.entries(templates).find(([path]) => {
    const located = contentPathOf(path);
    return located?.locale === locale && folderOf(located.path) === id;
  })?.[1];

/**
 * The languages a scenario's draft can be written in from a page in `page`: the page's own,
 * and English, for an English-speaking teacher, when both have a template of their own (a
 * language still borrowing the English template offers nothing to choose).
 */
export function draftLanguages(id: string, page: Locale = pageLocale()): Locale[] {
  if (page === DEFAULT_LOCALE || !ownTemplate(id, page) || !ownTemplate(id, DEFAULT_LOCALE))
    return [page];
  return [page, DEFAULT_LOCALE];
}

/** The draft template of a scenario in one of its `draftLanguages`. */
export async function loadDraftTemplate(id: string, locale: Locale): Promise<string> {
  const load = ownTemplate(id, locale);
  if (!load) throw new Error(`Scenario ${id} has no draft template in ${locale}`);
  return load();
}

/** Loads one scenario's words in `locale` (the page's, unless a draft asks for another). */
export async function loadScenarioContent(
  id: string,
  locale: Locale = pageLocale(),
): Promise<ScenarioContent> {
  const about = inFolder(filesFor(abouts, locale), id);
  const template = inFolder(filesFor(templates, locale), id);
  const example = inFolder(filesFor(examples, locale), id);
  if (!about || !template || !example) throw new Error(`Content for scenario ${id} is missing`);
  const steps = Object.entries(filesFor(stepFiles, locale)).filter(
    ([path]) => folderOf(path) === id,
  );
  const checked = async <F>(
    schema: v.GenericSchema<unknown, F>,
    path: string,
    load: () => Promise<MdxModule<unknown>>,
  ) => {
    const module = await load();
    return { ...module, frontmatter: checkFrontmatter(schema, module.frontmatter, path) };
  };
  const notesFile = Object.entries(filesFor(draftNotes, locale)).find(
    ([path]) => folderOf(path) === id,
  );
  const [aboutModule, stepModules, notes, sheet, draft, answers] = await Promise.all([
    about(),
    Promise.all(
      steps.map(
        async ([path, load]) => [fileOf(path), await checked(stepSchema, path, load)] as const,
      ),
    ),
    notesFile ? checked(draftNotesSchema, notesFile[0], notesFile[1]) : null,
    inFolder(filesFor(sheets, locale), id)?.() ?? null,
    template(),
    example(),
  ]);
  return {
    about: {
      ...aboutModule,
      frontmatter: checkFrontmatter(aboutSchema, aboutModule.frontmatter, id),
    },
    steps: Object.fromEntries(stepModules),
    draftNotes: notes,
    template: draft,
    sheet,
    examples: answers,
  };
}
