/**
 * The fault matrix for what comes into the app and what leaves it (issue 11: items 6, 8, 9
 * and the hosting story): each fault reproduced as a hostile tester found it, in Chromium
 * against the built app.
 */
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, phonePage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const child = (id: string, name: string, updatedAt = 1) => ({
  id,
  name,
  grade: '',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none',
  updatedAt,
});

const backupFile = (
  records: Partial<Record<'children' | 'contacts' | 'log' | 'drafts' | 'sessions', unknown[]>>,
  flows: unknown[] = [],
) => ({
  format: 'common-ground-backup',
  version: 1,
  exportedAt: 1,
  records: { children: [], contacts: [], log: [], drafts: [], sessions: [], ...records },
  flows,
});

async function chooseBackup(page: Page, content: unknown) {
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
  });
}

async function addChild(page: Page, name: string) {
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel("Child's first name").fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(name, { exact: true }).waitFor();
}

test('item 6: a replace whose write throws keeps every record, as the message says', async () => {
  const { context, page, errors } = await phonePage(browser);
  // A write the browser refuses at once (as it does a value it cannot store).
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      if ((value as { name?: unknown } | null)?.name === 'Unstorable')
        throw new DOMException('The value cannot be stored', 'DataCloneError');
      return put.call(this, value, key);
    };
  });
  await addChild(page, 'Maya');
  await chooseBackup(
    page,
    backupFile({ children: [child('a1', 'Ava'), child('a2', 'Unstorable')] }),
  );
  await page.getByRole('heading', { name: 'This backup holds' }).waitFor();
  await page.getByRole('button', { name: 'Replace everything with the backup' }).click();
  await page.getByText(/nothing was changed/).waitFor();
  await page.reload();
  await page.getByText('Maya', { exact: true }).waitFor();
  expect(await page.getByText('Ava', { exact: true }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('item 8: duplicate ids, endless times and unknown agenda items are refused before the preview', async () => {
  const { context, page, errors } = await phonePage(browser);
  await addChild(page, 'Maya');
  const session = (agenda: string[]) => ({
    id: 's1',
    date: '2026-10-02',
    agenda,
    nextSteps: '',
    notes: '',
    updatedAt: 1,
  });
  const hostile = [
    // The preview counted two children here, and one was stored.
    JSON.stringify(backupFile({ children: [child('a1', 'Ava'), child('a1', 'Ben')] })),
    JSON.stringify(backupFile({ children: [child('a1', 'Ava', 2 ** 53)] })),
    JSON.stringify(backupFile({ children: [child('a1', 'Ava', 7)] })).replace(
      '"updatedAt":7',
      '"updatedAt":1e999',
    ),
    // "toString" resolved to Object.prototype.toString and hid the whole packet.
    JSON.stringify(backupFile({ sessions: [session(['toString'])] })),
  ];
  for (const text of hostile) {
    await chooseBackup(page, text);
    await page.getByText(/This backup is damaged or was changed by hand/).waitFor();
    expect(await page.getByRole('heading', { name: 'This backup holds' }).count()).toBe(0);
    await chooseBackup(page, backupFile({}));
    await page.getByRole('heading', { name: 'This backup holds' }).waitFor();
  }
  await page.reload();
  await page.getByText('Maya', { exact: true }).waitFor();
  expect(await page.getByText('Ava', { exact: true }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
