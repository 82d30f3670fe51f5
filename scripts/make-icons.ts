/**
 * Draws the app's PNG icons from public/favicon.svg with Debian's Chromium: `npm run icons`.
 * The icons are committed, so building needs no browser; run this again after changing
 * the logo.
 *
 * - icon-192.png, icon-512.png: the logo as it is, rounded corners and all.
 * - maskable-512.png, apple-touch-icon.png: full-bleed squares (a phone crops them into its
 *   own shape and shows transparent corners as black), with the drawing moved to the middle,
 *   where it stays inside the maskable safe zone (a circle 80% of the icon across).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium';

const logo = readFileSync('public/favicon.svg', 'utf8');
// The logo's drawing without its rounded square, on a square of the same colour.
const drawing = logo
  .replace(/^<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<rect [^>]*\/>/, '');
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f5f5b"/><g transform="translate(0 3)">${drawing}</g></svg>`;

const icons: { file: string; size: number; svg: string }[] = [
  { file: 'icon-192.png', size: 192, svg: logo },
  { file: 'icon-512.png', size: 512, svg: logo },
  { file: 'maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
