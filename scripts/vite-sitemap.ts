/**
 * Writes sitemap.xml (every page worth finding: home, each guide, rehearsal and reference
 * page, in every language) and names it in robots.txt. A sitemap must give full addresses,
 * so it is written only when the build knows where the app lives: `SITE_URL=https://… npm
 * run build`. public/robots.txt is served either way, as a real file.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function sitemap(paths: () => string[], siteUrl: string | undefined): Plugin {
  let base = '/';
  return {
    name: 'common-ground:sitemap',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir || !siteUrl) return;
      const root = new URL(base, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
      const urls = ['', ...paths()].map(
        (path) =>
          `  <url><loc>${escapeXml(new URL(path ? `${path}/` : '', root).href)}</loc></url>`,
      );
      writeFileSync(
        join(outDir, 'sitemap.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
      );
      const robots = join(outDir, 'robots.txt');
      if (existsSync(robots))
        appendFileSync(robots, `\nSitemap: ${new URL('sitemap.xml', root).href}\n`);
    },
  };
}
