/**
 * Writes a screenshot of every main screen, at phone size (390×844) and desktop size
 * (1280×800), in English and Spanish, to screenshots/: `npm run screenshots`. It builds the
 * app, serves it, and seeds a finished guide and a finished rehearsal so the draft and the
 * debrief can be shown. Reviewers open the PNGs to judge the look as a parent would.
 */
import { mkdirSync } from 'node:fs';
import { DRAFT_PATH, seedFinishedDraft } from './seed-draft';
import { launchChromium } from './chromium';
import { serveBuild } from './served-build';

const OUT = 'screenshots';
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

const SCREENS: [string, string][] = [
  ['home', '/'],
  ['guide-step', '/scenarios/raise-concern'],
  ['draft', DRAFT_PATH],
  ['rehearsals', '/rehearsals'],
  ['rehearsal', '/rehearsals/missed-recess'],
  ['records', '/records'],
  ['coach', '/coach'],
  ['glossary', '/glossary'],
  ['phrases', '/phrases'],
  ['search', '/search'],
];
/** What a parent might type, in each language, for the search screen. */
const QUERIES: Record<string, string> = {
  en: 'teacher took away recess',
  es: 'le quitaron el recreo',
};

const server = await serveBuild({ rebuild: true });
const { base } = server;
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  for (const [sizeName, viewport] of Object.entries(SIZES)) {
    for (const locale of ['en', 'es']) {
      const context = await browser.newContext({
        viewport,
        locale: locale === 'es' ? 'es-US' : 'en-US',
      });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await seedFinishedDraft(page, locale);
      for (const [name, path] of SCREENS) {
        const query = name === 'search' ? `?${new URLSearchParams({ q: QUERIES[locale]! })}` : '';
        await page.goto(`${base}${locale === 'es' ? '/es' : ''}${path}${query}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        // What the first screen shows, and on a phone the whole page as it scrolls.
        const file = `${OUT}/${locale}-${sizeName}-${name}.png`;
        await page.screenshot({ path: file });
        if (sizeName === 'phone')
          await page.screenshot({ path: file.replace('.png', '-full.png'), fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
