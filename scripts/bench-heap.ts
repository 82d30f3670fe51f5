/**
 * How much JavaScript heap the draft screen holds, on the built app in Chromium: `npx tsx
 * scripts/bench-heap.ts` after `npm run build` (part of `npm run bench`). Goal: 6 MiB or less.
 *
 * The parent's saved guide opens at its draft; once the tone coach has spoken, a sentence is
 * typed at the end of the message (the coach analyses it as it goes), the page is left to
 * settle, garbage is collected and the heap in use is read (Runtime.getHeapUsage). The home
 * page and a guide's first step are measured the same way, once, for comparison. Full speed, no
 * throttling: heap does not depend on the CPU. The draft's figure is the median of three
 * visits; printed, never asserted.
 */
import type { Browser } from 'playwright-core';
import { median } from './median';
import { DRAFT_PATH, seedFinishedDraft } from './seed-draft';
import { launchChromium } from './chromium';
import { serveBuild } from './served-build';

/** Visits to the draft (the other screens, for comparison, are visited once). */
const RUNS = 3;
const TYPED = ' I would love to hear how the first week went for him in class.';

type Screen = 'home' | 'guide step' | 'draft';
const SCREENS: [Screen, string][] = [
  ['home', '/'],
  ['guide step', '/scenarios/raise-concern/'],
  ['draft', DRAFT_PATH],
];

async function heapOn(browser: Browser, base: string, screen: Screen, path: string) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  if (screen === 'draft') {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedFinishedDraft(page);
  }
  await page.goto(`${base}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  if (screen === 'draft') {
    await page.getByRole('region', { name: 'Tone check' }).waitFor({ timeout: 60_000 });
    const message = page.getByLabel('Message');
    await message.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(TYPED);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return usedSize;
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// The built files as they are: the app's config and its plugins have nothing to add here.
const server = await serveBuild({ filesOnly: true });
const { base } = server;
const browser = await launchChromium();
try {
  const figures: string[] = [];
  for (const [screen, path] of SCREENS) {
    const heaps: number[] = [];
    for (let i = 0; i < (screen === 'draft' ? RUNS : 1); i++)
      heaps.push(await heapOn(browser, base, screen, path));
    figures.push(
      `${screen} ${mib(median(heaps))} MiB` +
        (screen === 'draft' ? ` (${mib(Math.min(...heaps))}–${mib(Math.max(...heaps))})` : ''),
    );
  }
  console.log(`JavaScript heap after GC: ${figures.join(', ')} (goal: draft ≤ 6 MiB)`);
} finally {
  await browser.close();
  await server.close();
}
