/**
 * What each screen downloads: a guide's steps never wait for the tone analyzer (the largest
 * part of the guide), and the draft shows first and brings the tone coach in after it.
 */
import type { Browser, Route } from 'playwright-core';
import esMessages from '../../content/es/ui/messages.json';
import messages from '../../content/en/ui/messages.json';
import words from '../../content/en/tone/tone.json';
import { keyOfSource, readManifest, toneChunkFiles } from '../../scripts/route-chunks';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, staticUrl } from './browser';
import { writeExampleIntroduction } from './example-introduction';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const toneFiles = toneChunkFiles('dist');
const isTone = (url: string) => toneFiles.has(new URL(url).pathname.slice(1));

/** The scripts a page's HTML names: its entry and every module it preloads. */
function scriptsNamedBy(html: string): Set<string> {
  const tags = /<(?:script type="module"|link rel="modulepreload")[^>]* (?:src|href)="\/([^"]+)"/g;
  return new Set([...html.matchAll(tags)].map((match) => match[1] ?? ''));
}

test('the build keeps the tone analyzer in a chunk of its own', () => {
  expect(toneFiles.size).toBeGreaterThan(0);
});

test.each([
  ['English', '/scenarios/raise-concern/', 'Continue'],
  ['Spanish', '/es/scenarios/raise-concern/', 'Continuar'],
])('a guide’s first step in %s requests no tone code', async (_language, path, next) => {
  const { context, page, requests } = await phonePage(browser);
  await page.goto(`${appUrl}${path}`);
  await page.getByRole('button', { name: next }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(requests.some((url) => url.includes('/assets/'))).toBe(true);
  expect(requests.filter(isTone)).toEqual([]);
  await context.close();
});

test.each([
  ['/scenarios/raise-concern/', 'button', 'Continue'],
  ['/es/scenarios/raise-concern/', 'button', 'Continuar'],
  ['/es/', 'heading', esMessages.home.title],
  ['/records/', 'heading', messages.records.title],
  ['/es/rehearsals/', 'heading', esMessages.rehearsal.list.title],
  ['/rehearsals/missed-recess/', 'heading', 'Raise the missed recess'],
  ['/es/rehearsals/missed-recess/', 'heading', 'Plantee lo del recreo'],
  ['/search/?q=recess', 'heading', messages.search.page.for.replace('{query}', 'recess')],
] as const)('%s shows with only the scripts its page names up front', async (path, role, name) => {
  const { context, page } = await phonePage(browser);
  const html = await (await fetch(`${staticUrl}${path}`)).text();
  const named = scriptsNamedBy(html);
  // Every script the page did not name is refused: the screen must not need to find any.
  await page.route('**/*.js', (route) =>
    named.has(new URL(route.request().url()).pathname.slice(1)) ? route.continue() : route.abort(),
  );
  await page.goto(`${staticUrl}${path}`);
  await page.getByRole(role, { name, exact: true }).waitFor();
  // A guide's step and a rehearsal (until the parent types a reply) need no tone code.
  if (path.includes('/scenarios/') || path.includes('/rehearsals/'))
    expect([...named].filter((file) => toneFiles.has(file))).toEqual([]);
  await context.close();
});

test('the draft shows before the tone coach arrives, which then checks what is typed', async () => {
  const { context, page, requests } = await phonePage(browser);
  // Hold the tone analyzer back until the draft has been seen, editable, without it.
  const held: Route[] = [];
  await page.route(
    (url) => isTone(url.href),
    (route) => {
      held.push(route);
    },
  );
  await page.goto(`${appUrl}/scenarios/first-week-intro/`);
  expect(requests.filter(isTone)).toEqual([]);
  await writeExampleIntroduction(page);
  const message = page.getByLabel('Message');
  await expect.poll(() => message.inputValue()).toContain('Dana Okafor');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const coach = page.getByRole('region', { name: 'Tone check' });
  expect(await coach.count()).toBe(0);
  await expectNoAxeViolations(page);

  await page.unroute((url) => isTone(url.href));
  await Promise.all(held.map((route) => route.continue()));
  await expect.poll(() => coach.getByRole('status').textContent()).toBe(words.readyMessage);
  await message.fill('Why did you make my son miss recess?');
  await expect
    .poll(() => coach.getByRole('listitem').locator('mark').allTextContents())
    .toEqual(['Why did you make my son miss recess?']);
  await context.close();
});

test('while a guide loads, the footer waits below the first screen, and nothing moves as it arrives', async () => {
  const { context, page } = await phonePage(browser);
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the guide's page back so "Loading…" is what the parent sees first.
  const manifest = readManifest('dist');
  const guidePage =
    manifest[keyOfSource(manifest, 'src/features/guide/scenario-page.tsx') ?? '']?.file;
  const held: Route[] = [];
  await page.route(
    (url) => url.pathname.slice(1) === guidePage,
    (route) => {
      held.push(route);
    },
  );
  await page.goto(`${appUrl}/scenarios/raise-concern/`);
  await page.getByText(messages.app.loading).waitFor();
  const footer = page.getByRole('contentinfo');
  const below = async () => ((await footer.boundingBox())?.y ?? 0) >= 844;
  expect(await below()).toBe(true);

  await expect.poll(() => held.length).toBeGreaterThan(0);
  await page.unroute((url) => url.pathname.slice(1) === guidePage);
  await Promise.all(held.map((route) => route.continue()));
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  expect(await below()).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  await context.close();
});
