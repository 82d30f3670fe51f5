/**
 * Serves and ships the security headers (scripts/security-headers.ts): the build puts the
 * Content-Security-Policy in the page as a meta tag and writes `_headers` for the static
 * host; `vite preview` (so `npm start` and the browser tests) sends what `_headers` says,
 * exactly as such a host would. Development is left without them because Vite's dev server
 * injects inline scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersFile, matchesPattern, META_POLICY, parseHeadersFile } from './security-headers';

export function securityHeaders(): Plugin {
  return {
    name: 'common-ground:security-headers',
    transformIndexHtml: (_html, context) =>
      context.server
        ? []
        : [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
              injectTo: 'head-prepend',
            },
          ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, '_headers');
      if (!existsSync(file)) throw new Error(`${file} is missing: build the app first.`);
      const rules = parseHeadersFile(readFileSync(file, 'utf8'));
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://host').pathname;
        for (const rule of rules) {
          if (!matchesPattern(rule.pattern, path)) continue;
          for (const [name, value] of rule.headers) response.setHeader(name, value);
        }
        next();
      });
    },
  };
}
