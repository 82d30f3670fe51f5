/**
 * The fault matrix, for what two tabs (and a browser clearing its storage) can do to each
 * other: each test reproduces a defect as a hostile tester found it, with a second tab as a
 * second page in the same browser context.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';
import { writeExampleIntroduction } from './example-introduction';

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

async function openEdit(page: Page, name: string) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await page.getByRole('form', { name: `Edit ${name}` }).waitFor();
}

/** Maya saved, and her edit form open in two tabs, A and B, of one browser. */
async function editingMayaInTwoTabs() {
  const { context, page: a } = await phonePage(browser, desktop);
  await a.goto(`${appUrl}/records`);
  await addChild(a, 'Maya');
  await a.getByText('Maya', { exact: true }).waitFor();
  const b = await openRecords(context);
  await b.getByText('Maya', { exact: true }).waitFor();
  await openEdit(a, 'Maya');
  await openEdit(b, 'Maya');
  return { context, a, b };
}

test('two tabs editing Maya: the grade saved in one silently undid the strengths saved in the other', async () => {
  const { context, a, b } = await editingMayaInTwoTabs();
  await a.getByLabel('Strengths').fill('Loves drawing and building things.');
  await a.getByRole('button', { name: 'Save' }).click();
  await a.getByRole('button', { name: 'Edit Maya' }).waitFor();
  await b.getByLabel('Grade or class').fill('4th grade');
  await b.getByRole('button', { name: 'Save' }).click();
  await b.getByRole('button', { name: 'Edit Maya' }).waitFor();
  // Different fields: both changes are kept, and the tab that saved last is told.
  await a.reload();
  await openEdit(a, 'Maya');
  expect(await a.getByLabel('Strengths').inputValue()).toBe('Loves drawing and building things.');
  await a.getByRole('button', { name: 'Cancel' }).click();
  expect(await b.getByRole('status').filter({ hasText: 'Maya' }).textContent()).toMatch(
    /also changed in another tab.*Strengths/,
  );

  for (const page of [a, b]) {
    await page.reload();
    await openEdit(page, 'Maya');
    expect(await page.getByLabel('Strengths').inputValue()).toBe(
      'Loves drawing and building things.',
    );
    expect(await page.getByLabel('Grade or class').inputValue()).toBe('4th grade');
    await page.getByRole('button', { name: 'Cancel' }).click();
  }
  await context.close();
});

test('two tabs changing the same field of Maya: the second save replaced the first without showing it', async () => {
  const { context, a, b } = await editingMayaInTwoTabs();
  await a.getByLabel('Grade or class').fill('5th grade');
  await a.getByRole('textbox', { name: /^School/ }).fill('Lincoln Elementary');
  await a.getByRole('button', { name: 'Save' }).click();
  await a.getByRole('button', { name: 'Edit Maya' }).waitFor();
  await b.getByLabel('Grade or class').fill('6th grade');
  await b.getByLabel('Strengths').fill('Kind to younger children.');
  await b.getByRole('button', { name: 'Save' }).click();

  // Both versions of the grade are shown, and nothing is saved until the parent chooses.
  const choice = b.getByRole('group', { name: /Grade or class/ });
  await choice.waitFor();
  expect(await choice.getByLabel(/6th grade/).isChecked()).toBe(false);
  expect(await choice.getByLabel(/5th grade/).isChecked()).toBe(false);
  await expectNoAxeViolations(b);

  // A reload keeps the typing, and saving it still asks, since it was typed over the
  // version from before the other tab's change.
  await b.reload();
  await b.getByRole('form', { name: 'Edit Maya' }).waitFor();
  expect(await b.getByLabel('Grade or class').inputValue()).toBe('6th grade');
  await b.getByRole('button', { name: 'Save' }).click();
  await b
    .getByRole('group', { name: /Grade or class/ })
    .getByLabel(/5th grade/)
    .check();
  await b.getByRole('button', { name: 'Save' }).click();
  await b.getByRole('button', { name: 'Edit Maya' }).waitFor();

  await a.reload();
  await openEdit(a, 'Maya');
  expect(await a.getByLabel('Grade or class').inputValue()).toBe('5th grade');
  expect(await a.getByRole('textbox', { name: /^School/ }).inputValue()).toBe('Lincoln Elementary');
  expect(await a.getByLabel('Strengths').inputValue()).toBe('Kind to younger children.');
  await context.close();
});

test('storage cleared under an open guide: the app blamed another tab and a reload showed an empty guide', async () => {
  const { context, page } = await phonePage(browser, desktop);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
  const message = page.getByLabel('Message');
  await message.fill(`${await message.inputValue()}\n\nSee you at pickup.`);
  await page.getByText('Saved on this device', { exact: true }).waitFor();

  // As "clear site data" does, from another tab.
  const other = await context.newPage();
  await other.goto(`${appUrl}/glossary`);
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase('common-ground');
        removal.onsuccess = () => resolve();
        removal.onerror = () => reject(removal.error);
      }),
  );
  await other.close();

  await message.press('End');
  await message.pressSequentially(' Thanks!');
  const notice = page.locator('.notice');
  await notice.first().waitFor();
  expect(await notice.allTextContents()).toEqual([expect.stringMatching(/browser cleared/)]);
  await expectNoAxeViolations(page);
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  // The backup it advises is one press away, and holds the guide saved again.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    flows: { scenarioId: string }[];
  };
  expect(backup.flows.map((flow) => flow.scenarioId)).toEqual(['first-week-intro']);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your draft' }).waitFor();
  expect(await page.getByLabel('Message').inputValue()).toMatch(/See you at pickup\. Thanks!$/);
  await context.close();
});
