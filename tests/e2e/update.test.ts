/**
 * A new version arrives while a parent is in the middle of a guide: the app offers to
 * reload, never reloads on its own, holds the reload back while a form is unsaved, and the
 * reload brings back every answer. The build is copied and served from the copy, so this
 * file can release a "new version" without touching the build other tests use.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser, phonePage, storedAnswers, waitForOfflineReady } from './browser';

let browser: Browser;
let server: PreviewServer;
let dir: string;
let url: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'common-ground-update-'));
  cpSync('dist', dir, { recursive: true });
  [browser, server] = await Promise.all([
    launchBrowser(),
    preview({ build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' }),
  ]);
  url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
});
afterAll(async () => {
  await Promise.all([browser.close(), server.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Publishes version `name`: a changed page, and a worker that precaches it. */
function release(name: string) {
  const index = join(dir, 'index.html');
  const page = readFileSync(index, 'utf8').replace(
    /<meta name="version"[^>]*>|(?=<\/head>)/,
    `<meta name="version" content="${name}">`,
  );
  writeFileSync(index, page);
  const worker = join(dir, 'sw.js');
  writeFileSync(
    worker,
    readFileSync(worker, 'utf8').replace(/(url:"index\.html",revision:")[^"]*/, `$1${name}`),
  );
}

const versionOf = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="version"]')?.getAttribute('content'));

async function checkForUpdate(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

test('an update while a guide is open is offered, waits for the parent, and loses nothing', async () => {
  const { context, page, errors } = await phonePage(browser, { serviceWorkers: 'allow' });
  await page.goto(`${url}/scenarios/first-week-intro`);
  await waitForOfflineReady(page);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByLabel("Your child's first name").fill('Sam');
  await page.getByRole('button', { name: 'Continue' }).click();
  // Half-way through typing, the new version arrives.
  await page.getByLabel("How you'll greet the teacher").pressSequentially('Ms. Riv');
  release('2');
  await checkForUpdate(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await notice.waitFor();
  // The parent keeps typing: nothing reloads under them.
  await page.getByLabel("How you'll greet the teacher").pressSequentially('era');
  expect(await versionOf(page)).toBeUndefined();

  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload now' }).click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'Who is the teacher?' }).waitFor();
  expect(await versionOf(page)).toBe('2');
  expect(await page.getByLabel("How you'll greet the teacher").inputValue()).toBe('Ms. Rivera');
  const answers = await storedAnswers(page, 'first-week-intro');
  expect(answers).toMatchObject({
    parentName: 'Dana',
    childName: 'Sam',
    teacherName: 'Ms. Rivera',
  });
  expect(await page.getByText('A new version is ready').count()).toBe(0);

  // A record form typed but not saved holds the next reload back until it is closed.
  await page.goto(`${url}/records`);
  await page.getByRole('button', { name: 'Add a conversation' }).click();
  await page.getByLabel('Who you talked with').fill('Ms. Rivera');
  release('3');
  await checkForUpdate(page);
  await notice.getByRole('button', { name: 'Reload now' }).click();
  await page.getByText('First save or close the form you’re filling in').waitFor();
  expect(await page.getByLabel('Who you talked with').inputValue()).toBe('Ms. Rivera');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  const reloadedAgain = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload now' }).click();
  await reloadedAgain;
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  expect(await versionOf(page)).toBe('3');
  expect(errors).toEqual([]);
  await context.close();
});
