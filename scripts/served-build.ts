/**
 * The built app served on a free port, for the scripts that measure or picture it
 * (benchmarks, screenshots, Lighthouse). The browser tests serve it their own way
 * (tests/e2e/serve-build.ts), with a static host beside it.
 */
import { build, preview } from 'vite';

export interface ServedBuild {
  /** The app's address, without a trailing slash. */
  base: string;
  close: () => Promise<void>;
}

/**
 * Serves `dist/` as `vite preview` does. `rebuild` builds it first, as production;
 * `filesOnly` serves the files as they are, without the app's config and plugins.
 */
export async function serveBuild({
  rebuild = false,
  filesOnly = false,
} = {}): Promise<ServedBuild> {
  if (rebuild) {
    process.env.NODE_ENV = 'production';
    await build({ logLevel: 'warn' });
  }
  const server = await preview({
    ...(filesOnly ? { configFile: false as const, build: { outDir: 'dist' } } : {}),
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('The preview server has no local URL');
  return { base, close: () => server.close() };
}
