/** Records in a real browser: kept across reloads, moved with one file, bad files refused. */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function addChildContactAndConversation(page: Page) {
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Child's first name").fill('Maya');
  await page.getByLabel('Grade or class').fill('3rd grade');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ms. Rivera');
  await page.getByLabel('Email address').fill('m.rivera@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add a conversation' }).click();
  await page.getByLabel('Date').fill('2026-10-02');
  await page.getByLabel('Who you talked with').fill('Ms. Rivera');
  await page
    .getByLabel('What was discussed')
    .fill('Recess <script>alert(1)</script> and finishing work.');
  await page.getByLabel('Follow up by').fill('2026-10-09');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Overdue since \w+day, October 9(, 2026)? \(/).waitFor();
}

test('a logged conversation survives a reload, and the records screens are accessible', async () => {
  const { context, page, errors } = await phonePage(browser);
  await addChildContactAndConversation(page);
  await expectNoAxeViolations(page);
  await page.reload();
  await page.getByText('Recess <script>alert(1)</script> and finishing work.').waitFor();
  expect(await page.getByText('Maya, 3rd grade').isVisible()).toBe(true);

  await page.goto(appUrl);
  await page.getByText(/follow up with Ms\. Rivera/).waitFor();
  await page.getByText(/haven’t backed up/).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('a guide fills in what the records know', async () => {
  const { context, page } = await phonePage(browser);
  await addChildContactAndConversation(page);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByRole('button', { name: /Fill in 2 answers/ }).click();
  expect(await page.getByLabel("Your child's first name").inputValue()).toBe('Maya');
  expect(await page.getByLabel('Grade or class').inputValue()).toBe('3rd grade');
  await expectNoAxeViolations(page);
  await context.close();
});

test('backup, delete everything, restore: the same records come back', async () => {
  const { context, page } = await phonePage(browser);
  await addChildContactAndConversation(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backupPath = join(tmpdir(), `cg-backup-${Date.now()}.json`);
  await download.saveAs(backupPath);
  const before = JSON.parse(await readFile(backupPath, 'utf8')) as { records: unknown };

  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByText('Everything was deleted from this device.').waitFor();
  expect(await page.getByText('No children added yet.').isVisible()).toBe(true);

  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await page.getByText(/^Chosen: .+\.json$/).waitFor();
  await page.getByRole('heading', { name: 'This backup holds' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Replace everything with the backup' }).click();
  await page.getByText('Your records now match the backup.').waitFor();
  await page.getByText('Maya, 3rd grade').waitFor();

  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const after = JSON.parse(await readFile(await again.path(), 'utf8')) as { records: unknown };
  expect(after.records).toEqual(before.records);
  await context.close();
});

test('a file that is not a backup is refused with a message, and nothing changes', async () => {
  const { context, page } = await phonePage(browser);
  await addChildContactAndConversation(page);
  const files: [string, RegExp][] = [
    ['this is not json', /isn't a Common Ground backup/],
    ['{"format":"common-ground-backup","version":99}', /newer version/],
  ];
  for (const [index, [content, message]] of files.entries()) {
    const bad = join(tmpdir(), `cg-bad-${Date.now()}-${index}.json`);
    await writeFile(bad, content);
    await page.getByLabel('Restore from a backup file').setInputFiles(bad);
    await page.getByText(message).waitFor();
  }
  expect(await page.getByText('Maya, 3rd grade').isVisible()).toBe(true);
  await context.close();
});
