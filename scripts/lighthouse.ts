/**
 * `npm run lighthouse`: builds the app, serves the build as `npm start` does (with the
 * security headers of dist/_headers), and runs Lighthouse 12 with Debian's Chromium on a
 * phone (Lighthouse's mobile defaults: a mid-range phone on a slow 4G link, simulated) on
 * the main screens, then prints the four scores and the three Core Web Vitals of each.
 *
 * Lighthouse comes through `npx` (about 185 MB, fetched once into npm's cache), so it is not
 * a dependency every `npm ci` installs. `-- --runs 3` measures each page three times and
 * keeps the median run by performance score; `CHROMIUM_PATH` picks another Chromium.
 *
 * Every page is measured on a first visit: empty cache, no service worker. The draft needs a
 * finished guide on the device, so it runs in a Chromium this script starts and seeds first
 * (the answers only: its cache and service worker are cleared before Lighthouse loads it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { DRAFT_PATH, seedFinishedDraft } from './seed-draft';
import { CHROMIUM } from './chromium';
import { serveBuild } from './served-build';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The pages measured: the path a parent opens, and whether it needs a finished draft. */
const PAGES: { name: string; path: string; seeded?: true }[] = [
  { name: 'home', path: '/' },
  { name: 'guide step', path: '/scenarios/raise-concern/' },
  { name: 'draft', path: DRAFT_PATH, seeded: true },
  { name: 'rehearsal', path: '/rehearsals/missed-recess/' },
  { name: 'records', path: '/records/' },
];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runWarnings?: string[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

/** One Lighthouse run; `port` reuses a Chromium already open there (and its storage). */
async function lighthouse(url: string, out: string, port?: number): Promise<Report> {
  const file = join(out, `report-${Date.now()}.json`);
  await run(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${file}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--form-factor=mobile',
      '--quiet',
      ...(port === undefined
        ? [`--chrome-flags=${CHROME_FLAGS.join(' ')}`]
        : [`--port=${port}`, '--disable-storage-reset']),
    ],
    { CHROME_PATH: CHROMIUM },
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

/** A Chromium with a debugging port, holding a finished draft for the app at `base`. */
async function seededChromium(base: string, profile: string) {
  const browserProcess = spawn(
    CHROMIUM,
    [
      ...CHROME_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let port = 0;
  for (let i = 0; i < 300 && !port; i++) {
    await sleep(100);
    try {
      port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    } catch {
      // Not written yet.
    }
  }
  if (!port) throw new Error('Chromium never opened its debugging port');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await seedFinishedDraft(page);
  // Keep the answers, drop what would make the draft a repeat visit.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: base,
    storageTypes: 'service_workers,cache_storage',
  });
  await cdp.send('Network.clearBrowserCache');
  await page.close();
  await browser.close(); // disconnects; the Chromium this script started stays open
  return {
    port,
    stop: () => {
      browserProcess.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (reports: Report[]) =>
  [...reports].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  )[Math.floor(reports.length / 2)] as Report;

const server = await serveBuild({ rebuild: true });
const { base } = server;
const out = mkdtempSync(join(tmpdir(), 'common-ground-lighthouse-'));
const rows: string[][] = [];
let seeded: Awaited<ReturnType<typeof seededChromium>> | undefined;
try {
  for (const { name, path, seeded: needsDraft } of PAGES) {
    const reports: Report[] = [];
    for (let i = 0; i < RUNS; i++) {
      console.log(`Lighthouse: ${name} (${path})${RUNS > 1 ? `, run ${i + 1} of ${RUNS}` : ''}`);
      if (needsDraft) {
        seeded?.stop();
        seeded = await seededChromium(base, mkdtempSync(join(out, 'profile-')));
      }
      reports.push(await lighthouse(`${base}${path}`, out, needsDraft ? seeded?.port : undefined));
    }
    const report = median(reports);
    const score = (id: string) => {
      const value = report.categories[id]?.score;
      return value === null || value === undefined ? '–' : String(Math.round(value * 100));
    };
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
    rows.push([
      name,
      ...CATEGORIES.map(score),
      `${(audit('largest-contentful-paint') / 1000).toFixed(1)} s`,
      `${Math.round(audit('total-blocking-time'))} ms`,
      audit('cumulative-layout-shift').toFixed(3),
    ]);
    for (const warning of report.runWarnings ?? []) console.warn(`  warning: ${warning}`);
  }
} finally {
  seeded?.stop();
  await server.close();
}

const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(
  [
    '',
    `Lighthouse 12.8.2, mobile, ${RUNS > 1 ? `median of ${RUNS} runs` : 'one run'} per page:`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `Full reports (JSON): ${out}`,
  ].join('\n'),
);
