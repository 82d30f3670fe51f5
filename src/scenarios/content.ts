/**
 * Finds scenario content under content/<locale>/scenarios/<id>/. Summaries for the home page
 * are bundled with the first screen (summaries.ts); everything else loads when a scenario
 * opens.
 */
import type * as v from 'valibot';
// One small index of loaders, one per guide and language (scripts/vite-guide-content.ts):
// each brings the guide's files in that language, English standing in for what it lacks.
import { guideLoaders, ownTemplates } from 'virtual:guide-content';
import type { FieldWords } from '../lib/fields/field-spec';
import { DEFAULT_LOCALE, pageLocale, type Locale } from '../lib/i18n/locale';
import { aboutSchema, checkFrontmatter, draftNotesSchema, stepSchema } from './content-schema';
import type { MdxModule, ScenarioContent } from './content-types';

export { scenarioSummaries, summariesIn } from './summaries';

/** The words for one of a step's fields; a field without words shows its name. */
export function wordsFor(content: ScenarioContent, stepId: string, field: string): FieldWords {
  return content.steps[stepId]?.frontmatter.fields[field] ?? { label: field };
}

/**
 * The languages a scenario's draft can be written in from a page in `page`: the page's own,
 * and English, for an English-speaking teacher, when both have a template of their own (a
 * language still borrowing the English template offers nothing to choose).
 */
export function draftLanguages(id: string, page: Locale = pageLocale()): Locale[] {
  const own = (locale: Locale) => ownTemplates[`${locale}/${id}`];
  if (page === DEFAULT_LOCALE || !own(page) || !own(DEFAULT_LOCALE)) return [page];
  return [page, DEFAULT_LOCALE];
}

/** The draft template of a scenario in one of its `draftLanguages`. */
export async function loadDraftTemplate(id: string, locale: Locale): Promise<string> {
  const load = ownTemplates[`${locale}/${id}`];
  if (!load) throw new Error(`Scenario ${id} has no draft template in ${locale}`);
  return load();
}

/** Loads one scenario's words in `locale` (the page's, unless a draft asks for another). */
export async function loadScenarioContent(
  id: string,
  locale: Locale = pageLocale(),
): Promise<ScenarioContent> {
  const load = guideLoaders[`${locale}/${id}`];
  if (!load) throw new Error(`Content for scenario ${id} is missing`);
  const files = await load();
  const checked = <F>(
    schema: v.GenericSchema<unknown, F>,
    key: string,
    module: MdxModule<unknown>,
  ) => ({
    ...module,
    frontmatter: checkFrontmatter(schema, module.frontmatter, files.paths[key] ?? key),
  });
  return {
    about: checked(aboutSchema, 'about', files.about),
    steps: Object.fromEntries(
      Object.entries(files.steps).map(([step, module]) => [
        step,
        checked(stepSchema, `steps/${step}`, module),
      ]),
    ),
    draftNotes: files.draftNotes && checked(draftNotesSchema, 'draftNotes', files.draftNotes),
    template: files.template,
    sheet: files.sheet,
    examples: files.examples,
  };
}
