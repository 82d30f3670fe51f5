/** Debian's Chromium driven by playwright-core, with the checks every browser test shares. */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const appUrl = inject('appUrl');
export const staticUrl = inject('staticUrl');

export { launchChromium as launchBrowser } from '../../scripts/chromium';

/**
 * A phone-sized page that records every request it makes. The service worker is left out
 * (each page would otherwise precache the whole app in the background) except where a
 * test asks for it: `{ serviceWorkers: 'allow' }` (tests/e2e/offline.test.ts).
 */
export async function phonePage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
    hasTouch: true,
    acceptDownloads: true,
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, requests, errors };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
  // axe-core is injected once per document: sending its 500 KB again for every check of the
  // same page (and running through a helper page, as the default mode does) only costs time.
  // The app has no frames, so the single-frame ("legacy") run sees everything.
  const injected = await page.evaluate(() => 'axe' in window);
  const results = await new AxeBuilder({ page, ...(injected ? { axeSource: ';' } : {}) })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Every request went to the app's own origin (or stayed inside the page). */
export function expectOnlyOwnOrigin(requests: string[], origin: string) {
  const foreign = requests.filter((url) => !url.startsWith(origin) && !/^(blob|data):/.test(url));
  expect(foreign).toEqual([]);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 60) {
  const element = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export async function closeAll(...contexts: BrowserContext[]) {
  await Promise.all(contexts.map((context) => context.close()));
}

/** The answers stored on the device for a flow, read straight from IndexedDB. */
export function storedAnswers(page: Page, flowId: string): Promise<Record<string, string>> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('flows').objectStore('flows').get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result?.snapshot?.context?.answers ?? {});
          };
        };
      }),
    flowId,
  );
}

/** Waits until the service worker has precached the app and is in charge of the page. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}
