/**
 * The fault matrix, for what two tabs (and a browser clearing its storage) can do to each
 * other: each test reproduces a defect as a hostile tester found it, with a second tab as a
 * second page in the same browser context.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const desktop = { viewport: { width: 1024, height: 800 } };

async function addFamilyAndSwitch(page: Page, name: string) {
  await page.goto(`${appUrl}/coach`);
  await page.getByLabel('Add a family').fill(name);
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByText(`Family: ${name}`).waitFor();
}

async function openRecords(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  return page;
}

async function addChild(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel("Child's first name").fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
}

/** The names of the databases this origin holds. */
const databaseNames = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));

test('a second tab labelled family A saved its child into family B, which another tab had switched to', async () => {
  const { context, page: first } = await phonePage(browser, desktop);
  await addFamilyAndSwitch(first, 'Okafor family');
  const second = await openRecords(context);
  await second.getByText('Family: Okafor family').waitFor();

  await addFamilyAndSwitch(first, 'Chen family');
  // The second tab still shows, and still works in, the family it opened on.
  await addChild(second, 'Maya');
  await second.getByText('Maya', { exact: true }).waitFor();
  expect(await second.getByText('Family: Okafor family').isVisible()).toBe(true);

  await first.goto(`${appUrl}/records`);
  await first.getByText('Family: Chen family').waitFor();
  await first.getByText('No children added yet.').waitFor();
  expect(await first.getByText('Maya', { exact: true }).count()).toBe(0);

  // A reload keeps the tab where it was, whatever another tab chose since.
  await second.reload();
  await second.getByText('Maya', { exact: true }).waitFor();
  expect(await second.getByText('Family: Okafor family').isVisible()).toBe(true);
  await context.close();
});

test('a tab whose family was removed in another tab saved into a new empty workspace without a word', async () => {
  const { context, page: first } = await phonePage(browser, desktop);
  await addFamilyAndSwitch(first, 'Okafor family');
  const familyId = await first.evaluate(() => sessionStorage.getItem('common-ground.workspace'));
  const second = await openRecords(context);
  await second.getByText('Family: Okafor family').waitFor();

  // Another tab removes the family: its entry in the coach's list, and its database.
  await first.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('families', 'readwrite');
          tx.objectStore('families').delete(id ?? '');
          tx.oncomplete = () => {
            open.result.close();
            const removal = indexedDB.deleteDatabase(`common-ground.family.${id}`);
            removal.onsuccess = () => resolve();
            removal.onerror = () => reject(removal.error);
          };
        };
      }),
    familyId,
  );

  await addChild(second, 'Maya');
  await second
    .getByRole('alert')
    .filter({ hasText: /no longer on this device/ })
    .waitFor();
  // What was typed is still there, and nothing was written anywhere.
  expect(await second.getByLabel("Child's first name").inputValue()).toBe('Maya');
  expect(await databaseNames(second)).not.toContain(`common-ground.family.${familyId}`);
  await expectNoAxeViolations(second);
  await context.close();
});
