/**
 * Every scenario's title and summary, for the home page and the lists that name a guide.
 * Only those keys of the about.mdx frontmatter are bundled with the first screen (search has
 * the situations in its own index): the intro and the rest of a scenario's words load when
 * it opens (content.ts).
 */
import { pageLocale, type Locale } from '../lib/i18n/locale';
import { filesFor } from '../lib/i18n/localized-files';
import { checkFrontmatter, summarySchema } from './content-schema';
import type { ScenarioSummary } from './content-types';

// Every glob spans all languages (content/<locale>/…); `filesFor` picks the page's own.
const aboutFrontmatter = import.meta.glob<Omit<ScenarioSummary, 'id'>>(
  '../../content/*/scenarios/*/about.mdx',
  { eager: true, query: '?frontmatter=title,summary,when,order', import: 'default' },
);

/** "scenarios/raise-concern/about.mdx" → "raise-concern". */
const folderOf = (path: string) => path.split('/').at(-2) ?? '';

export function summariesIn(locale: Locale): ScenarioSummary[] {
  return Object.entries(filesFor(aboutFrontmatter, locale))
    .map(([path, frontmatter]) => ({
      ...checkFrontmatter(summarySchema, frontmatter, path),
      id: folderOf(path),
    }))
    .sort((a, b) => a.order - b.order);
}

/** Every scenario's title and summary, in the page's language. */
export const scenarioSummaries: ScenarioSummary[] = summariesIn(pageLocale());
