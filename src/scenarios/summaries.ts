/**
 * Every scenario's title, summary and situations, for the home page and the lists that name
 * a guide. Only the about.mdx frontmatter is bundled with the first screen: the intro and the
 * rest of a scenario's words load when it opens (content.ts).
 */
import { pageLocale, type Locale } from '../lib/i18n/locale';
import { filesFor } from '../lib/i18n/localized-files';
import { aboutSchema, checkFrontmatter } from './content-schema';
import type { AboutFrontmatter, ScenarioSummary } from './content-types';

// Every glob spans all languages (content/<locale>/…); `filesFor` picks the page's own.
const aboutFrontmatter = import.meta.glob<AboutFrontmatter>(
  '../../content/*/scenarios/*/about.mdx',
  { eager: true, query: '?frontmatter', import: 'default' },
);

/** "scenarios/raise-concern/about.mdx" → "raise-concern". */
const folderOf = (path: string) => path.split('/').at(-2) ?? '';

export function summariesIn(locale: Locale): ScenarioSummary[] {
  return Object.entries(filesFor(aboutFrontmatter, locale))
    .map(([path, frontmatter]) => ({
      ...checkFrontmatter(aboutSchema, frontmatter, path),
      id: folderOf(path),
    }))
    .sort((a, b) => a.order - b.order);
}

/** Every scenario's title, summary and situations, in the page's language. */
export const scenarioSummaries: ScenarioSummary[] = summariesIn(pageLocale());
