/**
 * Offline after one visit, and installable: the service worker precaches the whole build,
 * so with the network cut every page opens, in both languages, and a guide reaches its
 * draft; the manifest is one Chromium accepts, with icons that exist.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  appUrl,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
  waitForOfflineReady,
} from './browser';
import { writeExampleIntroduction } from './example-introduction';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PRECACHED = /\.(html|js|css|svg|png|webmanifest)$/;
/** Every file of the build a page could ask for (the worker's own scripts aside). */
function builtFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative('dist', join(entry.parentPath, entry.name)))
    .filter((file) => PRECACHED.test(file) && !file.startsWith('.vite/'))
    .filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file))
    .sort();
}

const cachedFiles = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.push(new URL(request.url).pathname.slice(1));
      }
    }
    return paths.sort();
  });

test('after one visit, every page and a whole guide work with the network off', async () => {
  const { context, page, requests, errors } = await phonePage(browser, {
    serviceWorkers: 'allow',
  });
  await page.goto(appUrl);
  await waitForOfflineReady(page);
  // Every route's page, chunk, content module and search index, in every language.
  expect(await cachedFiles(page)).toEqual(expect.arrayContaining(builtFiles()));

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Talk with your child’s school/ }).waitFor();
  // The search index loads on demand: it too comes from the precache.
  await page.getByRole('combobox').fill('teacher took away recess');
  await page.getByRole('listbox').getByRole('option').first().waitFor();

  await page.goto(`${appUrl}/scenarios/raise-concern`);
  await page.getByRole('heading', { level: 1, name: 'First, take a breath' }).waitFor();
  await page.goto(`${appUrl}/es/scenarios/first-week-intro`);
  await page.getByRole('heading', { level: 1, name: '¿Quién escribe, y sobre quién?' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.goto(`${appUrl}/es/records`);
  await page.getByRole('heading', { level: 1, name: 'Sus registros' }).waitFor();
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  await page.goto(`${appUrl}/rehearsals/missed-recess`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  // A whole guide, offline, to its draft, with the tone coach that loads with it.
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
  await page.getByText('This reads as calm and collaborative.').waitFor();
  expect(await page.getByLabel('Message').inputValue()).toContain('Ms. Rivera');

  expect(errors).toEqual([]);
  expectOnlyOwnOrigin(requests, new URL(appUrl).origin);
  await context.close();
});

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

test('the web app manifest is valid, and its icons and the Apple touch icon exist', async () => {
  const { context, page } = await phonePage(browser, { serviceWorkers: 'allow' });
  await page.goto(appUrl);
  const cdp = await context.newCDPSession(page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  expect(new URL(url).pathname).toBe('/manifest.webmanifest');
  const manifest = JSON.parse(data ?? '{}') as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Common Ground',
    short_name: 'Common Ground',
    start_url: '/',
    display: 'standalone',
    theme_color: await page.getAttribute('meta[name="theme-color"]', 'content'),
    background_color: '#fbf9f4',
  });
  const icons = manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`);
  expect(icons).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

  const appleTouch = await page.getAttribute('link[rel="apple-touch-icon"]', 'href');
  const files = [
    ...manifest.icons.map(({ src, sizes }) => ({ src: new URL(src, url).href, sizes })),
    { src: new URL(appleTouch ?? '', appUrl).href, sizes: '180x180' },
  ];
  for (const { src, sizes } of files) {
    const response = await context.request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const { width, height } = pngSize(await response.body());
    expect(`${width}x${height}`).toBe(sizes);
  }

  // Chromium's own verdict: nothing but the test's private profile stands between this page
  // and "Install app".
  await waitForOfflineReady(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map(({ errorId }) => errorId)).toEqual(['in-incognito']);
  await context.close();
});
