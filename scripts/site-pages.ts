/**
 * Every page the build writes an HTML file for, and what each shows first: used by the
 * static-routes plugin (vite.config.ts) to preload it, by the sitemap, and by the bundle
 * budget to count what each route loads.
 */
import { readdirSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locale';
import { contentChunksIn } from './route-chunks';
import type { StaticRoute } from './vite-static-routes';

/**
 * Every page the build writes an HTML file for, and what it shows first (see the plugin). The
 * home page's path is '' (the build's own index.html), another language's home its prefix.
 */
export function pages(): StaticRoute[] {
  const page = (feature: string) => `src/features/${feature}.tsx`;
  const guide = page('guide/scenario-page');
  const rehearsal = page('rehearsal/rehearsal-page');
  // Each route and what it shows first, in a language: its page, and a guide's machine
  // and content or a rehearsal's teachers (English files standing in for those the
  // language lacks).
  // The parts of its catalog a page reads beyond the core (src/lib/i18n/message-parts.ts).
  const wordsOf = (locale: string, part: string) => `messages-${locale}-${part}`;
  const routesIn = (locale: string): StaticRoute[] => [
    {
      path: 'glossary',
      preload: [page('reference/glossary-page'), wordsOf(locale, 'reference')],
    },
    {
      path: 'phrases',
      preload: [page('reference/phrase-bank-page'), wordsOf(locale, 'reference')],
    },
    { path: 'records', preload: [page('records/records-page')] },
    { path: 'coach', preload: [page('coach/coach-page')] },
    {
      path: 'rehearsals',
      preload: [page('rehearsal/rehearsal-list-page'), wordsOf(locale, 'rehearsal')],
    },
    {
      path: 'search',
      preload: [
        page('search/search-page'),
        'src/search/search-index.ts',
        `virtual:search-documents/${locale}`,
      ],
    },
    ...readdirSync('content/en/rehearsals', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => ({
        path: `rehearsals/${name}`,
        preload: [
          rehearsal,
          wordsOf(locale, 'rehearsal'),
          ...contentChunksIn(locale, `rehearsals/${name}`, DEFAULT_LOCALE),
        ],
      })),
    ...readdirSync('content/en/scenarios').map((id) => ({
      path: `scenarios/${id}`,
      preload: [
        guide,
        `src/scenarios/${id}.machine.ts`,
        ...contentChunksIn(locale, `scenarios/${id}`, DEFAULT_LOCALE),
      ],
    })),
  ];
  // Every page preloads its language's catalog of the app's words (the entry carries none);
  // every other language's pages live under its prefix: /es/, /es/records…
  // (the core of it: scripts/vite-message-parts.ts names its chunks)
  const words = (locale: string) => `messages-${locale}`;
  return LOCALES.flatMap((locale): StaticRoute[] => {
    const prefix = locale === DEFAULT_LOCALE ? '' : locale;
    return [
      { path: prefix, preload: [words(locale)] },
      ...routesIn(locale).map((route) => ({
        path: prefix ? `${prefix}/${route.path}` : route.path,
        preload: [words(locale), ...route.preload],
      })),
    ];
  });
}
