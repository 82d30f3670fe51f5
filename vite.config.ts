/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-csp';
import { frontmatterOnly } from './scripts/vite-frontmatter';
import { searchDocuments } from './scripts/vite-search-documents';
import { staticRoutes } from './scripts/vite-static-routes';

export default defineConfig({
  plugins: [
    frontmatterOnly(),
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter],
      }),
    },
    react({ include: /\.(jsx|js|mdx|md|tsx|ts)$/ }),
    searchDocuments('content'),
    staticRoutes(() => [
      'glossary',
      'phrases',
      'records',
      'coach',
      'rehearsals',
      'search',
      ...readdirSync('content/en/rehearsals', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map(({ name }) => `rehearsals/${name}`),
      ...readdirSync('content/en/scenarios').map((id) => `scenarios/${id}`),
    ]),
    contentSecurityPolicy(),
  ],
  // The manifest lets the bundle budget follow exactly what the first visit loads.
  build: { manifest: true },
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
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
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
          globalSetup: ['tests/e2e/serve-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
