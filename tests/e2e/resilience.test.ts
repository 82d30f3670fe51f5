/** Faults a real browser can throw at the app: each gets a notice, none a crash. */
import type { Browser } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, staticUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('corrupted saved progress is set aside with a notice, and the guide starts fresh', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onsuccess = () => {
          const tx = open.result.transaction('flows', 'readwrite');
          tx.objectStore('flows').put({ scenarioId: 'first-week-intro', v: 1, snapshot: 42 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.getByText(/couldn't be read, so it was set aside/).waitFor();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download earlier answers' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('common-ground-set-aside-first-week-intro.json');
  expect(await page.getByLabel('Your name').inputValue()).toBe('');
  expect(errors).toEqual([]);
  await context.close();
});

test('when the browser refuses storage, the app works and says progress will not be kept', async () => {
  const { context, page, errors } = await phonePage(browser);
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
  });
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByText(/isn't letting Common Ground save/).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByLabel("Your child's first name").fill('Sam');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who is the teacher?' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('deep links work from a plain static host with no rewrite rules', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${staticUrl}/scenarios/first-week-intro/`);
  await page.getByRole('heading', { name: 'Who is writing, and about whom?' }).waitFor();
  await page.goto(`${staticUrl}/es/scenarios/first-week-intro/`);
  await page.getByRole('heading', { name: '¿Quién escribe, y sobre quién?' }).waitFor();
  await page.goto(`${staticUrl}/`);
  await page.getByRole('link', { name: /Introduce your family/ }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('an unknown address gets a clear page with a way home', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/not-a-situation`);
  await page.getByRole('heading', { name: "We couldn't find that situation" }).waitFor();
  await expectNoAxeViolations(page);
  await context.close();
});
