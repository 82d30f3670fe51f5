/**
 * What a first visit to each route costs, on the built app in Chromium: `npx tsx
 * scripts/bench-routes.ts` after `npm run build` (part of `npm run bench`).
 *
 * For every route it counts the JavaScript the page requests from the network (gzip -9 of
 * each file, as the bundle budget counts), whether the tone analyzer's chunk was among them,
 * and, on a phone-like browser (4× CPU slowdown, a slow 4G network), the largest contentful
 * paint and the cumulative layout shift. On the draft screen it also reports the JavaScript
 * heap once the tone coach has spoken. Figures are printed, never asserted: the machine's
 * load moves every timing, and `npm run budget` holds the sizes.
 *
 * Options: --runs=N (median of N visits per route, default 1), --no-throttle,
 * --viewport=WxH (default a phone's 390x844).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { median } from './median';
import { DRAFT_PATH, seedFinishedDraft } from './seed-draft';
import { toneChunkFiles } from './route-chunks';
import { launchChromium } from './chromium';
import { serveBuild } from './served-build';

const DIST = 'dist';
const args = process.argv.slice(2);
const RUNS = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 1);
const THROTTLE = !args.includes('--no-throttle');
const [WIDTH, HEIGHT] = (args.find((arg) => arg.startsWith('--viewport='))?.slice(11) ?? '390x844')
  .split('x')
  .map(Number);

const ROUTES: [string, string][] = [
  ['home', '/'],
  ['home (es)', '/es/'],
  ['guide step', '/scenarios/raise-concern/'],
  ['guide step (es)', '/es/scenarios/raise-concern/'],
  ['draft', DRAFT_PATH],
  ['rehearsals', '/rehearsals/'],
  ['a rehearsal', '/rehearsals/missed-recess/'],
  ['records', '/records/'],
  ['coach', '/coach/'],
  ['glossary', '/glossary/'],
  ['phrases', '/phrases/'],
  ['search', '/search/?q=teacher%20took%20away%20recess'],
];

/** Sums layout shifts (without recent input) and keeps the last LCP, from the page's start. */
const OBSERVE_VITALS = () => {
  const vitals = { cls: 0, lcp: 0 };
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) vitals.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

const gzipSizes = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    gzipSizes.set(file, size);
  }
  return size;
}

interface Visit {
  jsBytes: number;
  scripts: number;
  tone: boolean;
  lcp: number;
  cls: number;
  heap?: number;
}

async function visit(browser: Browser, base: string, name: string, path: string) {
  const context = await browser.newContext({
    viewport: { width: WIDTH ?? 390, height: HEIGHT ?? 844 },
    locale: path.startsWith('/es/') ? 'es-US' : 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const draft = name === 'draft';
  if (draft) {
    // The draft is the guide's own address once a saved flow has reached it.
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedFinishedDraft(page);
    await page.goto('about:blank');
    await context.clearCookies();
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // A fresh visit: nothing in the HTTP cache from the seeding page.
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (THROTTLE) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.addInitScript(OBSERVE_VITALS);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === base && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
  });
  await page.goto(`${base}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 120_000 });
  if (draft) await page.getByRole('region', { name: 'Tone check' }).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const vitals = await page.evaluate(
    () => (window as unknown as { __vitals: { cls: number; lcp: number } }).__vitals,
  );
  const files = [...scripts];
  const tone = toneChunkFiles(DIST);
  const result: Visit = {
    jsBytes: files.reduce((sum, file) => sum + gzipBytes(file), 0),
    scripts: files.length,
    tone: files.some((file) => tone.has(file)),
    lcp: vitals.lcp,
    cls: vitals.cls,
  };
  if (draft) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heap = usedSize;
  }
  await context.close();
  return result;
}

const server = await serveBuild();
const { base } = server;
const browser = await launchChromium();
try {
  console.log(
    `first visit to each route${THROTTLE ? ' (4× CPU, slow 4G)' : ''}, median of ${RUNS}:`,
  );
  for (const [name, path] of ROUTES) {
    const runs: Visit[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, base, name, path));
    const first = runs[0]!;
    const heaps = runs.flatMap((run) => (run.heap === undefined ? [] : [run.heap]));
    console.log(
      [
        `  ${name.padEnd(16)}`,
        `JS ${(first.jsBytes / 1024).toFixed(1).padStart(6)} KiB gzip in ${String(first.scripts).padStart(2)} files`,
        first.tone ? 'tone: loaded ' : 'tone: none   ',
        `LCP ${(median(runs.map((run) => run.lcp)) / 1000).toFixed(2)} s`,
        `CLS ${median(runs.map((run) => run.cls)).toFixed(3)}`,
        heaps.length ? `heap ${(median(heaps) / 1024 / 1024).toFixed(1)} MiB` : '',
      ].join('  '),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
