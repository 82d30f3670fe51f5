/**
 * The fault matrix for what comes into the app and what leaves it (issue 11: items 6, 8, 9
 * and the hosting story): each fault reproduced as a hostile tester found it, in Chromium
 * against the built app.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../../scripts/security-headers';
import {
  appUrl,
  expectNoAxeViolations,
  launchBrowser,
  phonePage,
  staticUrl,
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

/** Writes a saved flow straight into the device's database, as a damaged store would hold it. */
function storeFlow(page: Page, record: unknown) {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onsuccess = () => {
          const tx = open.result.transaction('flows', 'readwrite');
          tx.objectStore('flows').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('item 9: a snapshot stored as an array is called unreadable, with the download', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  const record = {
    v: 1,
    scenarioId: 'first-week-intro',
    machineVersion: 1,
    revision: 5,
    savedAt: 1,
    snapshot: [{ status: 'active', context: { answers: { parentName: 'Dana' } } }],
  };
  await storeFlow(page, record);
  await page.reload();
  await page.getByText(/couldn't be read, so it was set aside/).waitFor();
  expect(await page.getByText(/has been improved since you last used it/).count()).toBe(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download earlier answers' }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { raw: unknown }[];
  expect(saved.map((item) => item.raw)).toContainEqual(record);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  await context.close();
});

test('item 9: when storage fails to read, "Download a backup" says so instead of throwing', async () => {
  const { context, page, errors } = await phonePage(browser);
  await addChild(page, 'Maya');
  await page.evaluate(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args: Parameters<typeof transaction>) {
      const [stores, mode] = args;
      if (Array.isArray(stores) && stores.includes('flows') && mode !== 'readwrite')
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return transaction.apply(this, args);
    };
  });
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await page
    .getByText(/couldn't read what this browser has stored, so no backup was made/)
    .waitFor();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  await context.close();
});

/** A saved flow as the device holds it, read straight from its database. */
function readFlow(page: Page, flowId: string) {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onsuccess = () => {
          const request = open.result.transaction('flows').objectStore('flows').get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    flowId,
  );
}

test('item 9: an imported guide that fails its own field checks is refused', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  const saved = await readFlow(page, 'first-week-intro');
  const snapshot = saved.snapshot as { context: { answers: Record<string, unknown> } };
  const withAnswers = (answers: Record<string, unknown>) =>
    backupFile({}, [
      { ...saved, snapshot: { ...snapshot, context: { ...snapshot.context, answers } } },
    ]);

  await page.goto(`${appUrl}/records`);
  await chooseBackup(page, withAnswers({ parentName: 'Dana' }));
  await page.getByRole('heading', { name: 'This backup holds' }).waitFor();
  for (const answers of [{ parentName: 42 }, { notAField: 'x' }]) {
    await chooseBackup(page, withAnswers(answers));
    await page.getByText(/This backup is damaged or was changed by hand/).waitFor();
    expect(await page.getByRole('heading', { name: 'This backup holds' }).count()).toBe(0);
  }
  expect(errors).toEqual([]);
  await context.close();
});

const expectSecurityHeaders = (headers: Record<string, string>, url: string) => {
  const received = Object.fromEntries(
    Object.keys(SECURITY_HEADERS).map((name) => [name, headers[name.toLowerCase()]]),
  );
  expect(received, url).toEqual(SECURITY_HEADERS);
};

test('hosting: both servers send the headers a static host sends, and the app works under them', async () => {
  const { context, page, errors } = await phonePage(browser, { serviceWorkers: 'allow' });
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleProblems.push(message.text());
  });
  const checked: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(appUrl) || response.status() >= 300) return;
    expectSecurityHeaders(response.headers(), url);
    checked.push(new URL(url).pathname);
  });

  const home = await page.goto(appUrl);
  expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await waitForOfflineReady(page);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  // Every kind of file came with the headers: pages, scripts, styles, and the worker.
  expect(checked).toContain('/scenarios/first-week-intro');
  expect(checked.some((path) => path.endsWith('.js') && path.startsWith('/assets/'))).toBe(true);
  expect(checked.some((path) => path.endsWith('.css'))).toBe(true);
  const worker = await page.request.get(`${appUrl}/sw.js`);
  expectSecurityHeaders(worker.headers(), worker.url());

  // The features the app never uses are refused; copying a draft is still allowed.
  const allowed = await page.evaluate(() => {
    const policy = (document as { featurePolicy?: { allowsFeature(name: string): boolean } })
      .featurePolicy;
    return ['microphone', 'camera', 'geolocation', 'clipboard-write'].map((feature) =>
      policy ? policy.allowsFeature(feature) : null,
    );
  });
  expect(allowed).toEqual([false, false, false, true]);
  await expectNoAxeViolations(page);
  expect(consoleProblems).toEqual([]);
  expect(errors).toEqual([]);

  // The plain static server (files only) sends the same headers.
  const plain = await page.request.get(`${staticUrl}/records/`);
  expectSecurityHeaders(plain.headers(), plain.url());
  await context.close();
});

test('hosting: no other site can show the app inside a frame of its own', async () => {
  const { context, page } = await phonePage(browser);
  // A page of another origin on the same machine, with no policy of its own, frames the app.
  const other = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(
      `<!doctype html><title>Another site</title><iframe title="framed" src="${appUrl}/records"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const { port } = other.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    const framed = () => page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium shows its own error page in the frame instead of the app.
    await expect.poll(() => framed()?.url(), { timeout: 30_000 }).toMatch(/^chrome-error:/);
    expect(await framed()?.getByRole('heading', { name: 'Your records' }).count()).toBe(0);
  } finally {
    other.close();
  }
  await context.close();
});
