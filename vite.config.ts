/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './scripts/vite-security-headers';
import { frontmatterOnly } from './scripts/vite-frontmatter';
import { guideContent } from './scripts/vite-guide-content';
import { messagePartChunkName, messageParts } from './scripts/vite-message-parts';
import { searchDocuments } from './scripts/vite-search-documents';
import { contentChunkName, toneLocaleChunkName } from './scripts/route-chunks';
import { sitemap } from './scripts/vite-sitemap';
import { pages } from './scripts/site-pages';
import { staticRoutes } from './scripts/vite-static-routes';
import { toneRulesWithoutExamples } from './scripts/vite-tone-rules';

/**
 * Browser tests that walk every guide, step by step in English and to its draft in Spanish,
 * with axe on each screen: too long for `npm test`, which walks one guide that way
 * (tests/e2e/first-week-intro.test.ts) and visits every guide's first step
 * (tests/e2e/phone-layout.test.ts). `npm run test:sweep` runs them; so does CI.
 */
const BROWSER_SWEEPS = ['tests/e2e/every-scenario.test.ts', 'tests/e2e/every-scenario-es.test.ts'];

export default defineConfig({
  plugins: [
    frontmatterOnly(),
    messageParts(),
    toneRulesWithoutExamples(),
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter],
      }),
    },
    react({ include: /\.(jsx|js|mdx|md|tsx|ts)$/ }),
    searchDocuments('content'),
    guideContent('content'),
    staticRoutes(pages),
    // Search results are not pages to find; everything else is (the home page it adds itself).
    sitemap(
      () => pages().flatMap(({ path }) => (!path || /(^|\/)search$/.test(path) ? [] : [path])),
      process.env.SITE_URL,
    ),
    securityHeaders(),
    // Offline after one visit, and installable. The worker precaches every file of the build
    // (each route's page, every chunk, content module and search index, in every language)
    // and answers any other address in the app with index.html. A new version waits until
    // the parent chooses to reload (src/app/offline.ts registers it, after the first screen).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Common Ground',
        short_name: 'Common Ground',
        description:
          "Calm, specific messages to your child's school, rehearsed and recorded on your own device.",
        display: 'standalone',
        theme_color: '#1f5f5b',
        background_color: '#fbf9f4',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        // Take charge of the page that installed the worker, so a parent who loses the
        // network before reloading still gets every guide from the precache.
        clientsClaim: true,
        // Files for crawlers are files, never the app.
        navigateFallbackDenylist: [/^\/robots\.txt$/, /^\/sitemap\.xml$/],
      },
    }),
  ],
  build: {
    // The manifest lets the bundle budget follow exactly what the first visit loads, and the
    // static routes preload what each route needs.
    manifest: true,
    rolldownOptions: {
      output: {
        // The tone analyzer (rules, models and their weights) in a chunk of its own, named so
        // the budget, the benchmark and the browser tests can tell whether a page loaded it.
        codeSplitting: {
          groups: [
            // Each part of each language's catalog of the app's words in a chunk of its own
            // ("messages-es", "messages-es-draft"), named so each page's HTML can preload its own.
            { name: messagePartChunkName, includeDependenciesRecursively: false },
            // Another language's tone rules and model, in a chunk only its pages load.
            { name: toneLocaleChunkName, includeDependenciesRecursively: false },
            // Only the analyzer and its English words: what it shares with other code (such as
            // the helper behind a dynamic import) stays out, so no first screen loads it.
            {
              name: 'tone',
              test: /[\\/](?:src[\\/]tone|content[\\/]en[\\/]tone)[\\/]/,
              includeDependenciesRecursively: false,
            },
            // A guide's words (every step) in one chunk per language and its texts (draft
            // template, examples) in another, a rehearsal's teachers in one: a request or two
            // instead of a dozen, and smaller compressed together (scripts/route-chunks.ts).
            {
              name: contentChunkName,
              // Only the content: what it imports (React, MDX) stays in the chunks it is in.
              includeDependenciesRecursively: false,
              debugName: 'content',
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    // Browser tests mostly wait on Chromium, so two files at a time finish sooner even on two
    // cores; every wait in a test is generous, so a busy machine makes them slower, not red.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{unit,model,tone,search,drafts}/**/*.test.ts'],
          setupFiles: ['tests/load-messages.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/load-messages.ts', 'tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Slow evaluations that retrain models: `npm run eval:tone`, run by CI on its own.
          name: 'eval',
          environment: 'node',
          include: ['tests/eval/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: BROWSER_SWEEPS,
          globalSetup: ['tests/e2e/serve-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Every guide walked in both languages: `npm run test:sweep`, run by CI on its own.
          name: 'sweep',
          environment: 'node',
          include: BROWSER_SWEEPS,
          globalSetup: ['tests/e2e/serve-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
