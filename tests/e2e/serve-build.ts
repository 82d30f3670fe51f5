/**
 * Builds the app once and serves it twice for the browser tests: as `vite preview` does
 * (with its single-page fallback) and as a plain static host would (files only). Both send
 * the security headers of `dist/_headers`, as a real host does (scripts/vite-security-headers.ts).
 */
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    staticUrl: string;
  }
}

export const SITE_URL = 'https://common-ground.test';

const urlOf = (server: PreviewServer) => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server has no local URL');
  return url.replace(/\/$/, '');
};

export default async function setup(project: TestProject) {
  // Vitest runs with NODE_ENV=test, which would bundle React's development build.
  const { NODE_ENV: nodeEnv, SITE_URL: siteUrl } = process.env;
  process.env.NODE_ENV = 'production';
  // Where the app lives, so the build writes its sitemap (tests/e2e/crawlers.test.ts).
  process.env.SITE_URL = SITE_URL;
  await build({ logLevel: 'warn' });
  process.env.NODE_ENV = nodeEnv;
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  const app = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const plain = await preview({
    appType: 'mpa',
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  project.provide('appUrl', urlOf(app));
  project.provide('staticUrl', urlOf(plain));
  return async () => {
    await app.close();
    await plain.close();
  };
}
