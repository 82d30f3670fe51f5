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
 *
 * `-- --what` also says what holds the draft's heap, from a heap snapshot: the machine code
 * V8 compiled for regular expressions (the tone coach's patterns, once each has run a few
 * times), other code, strings, and the patterns whose code is largest.
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

const WHAT = process.argv.includes('--what');

interface HeapSnapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** What holds a heap: compiled regular expressions, other code, strings; largest patterns. */
function whatHolds(heap: HeapSnapshot): string[] {
  const {
    node_fields: fields,
    node_types: [types],
    edge_fields: edgeFields,
  } = heap.snapshot.meta;
  const { nodes, edges, strings } = heap;
  const [width, edgeWidth] = [fields.length, edgeFields.length];
  const [type, name, size, edgeCount] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    fields.indexOf(f),
  ) as [number, number, number, number];
  const toNode = edgeFields.indexOf('to_node');
  const count = nodes.length / width;
  const firstEdge: number[] = [];
  for (let i = 0, edge = 0; i < count; i++) {
    firstEdge.push(edge);
    edge += (nodes[i * width + edgeCount] ?? 0) * edgeWidth;
  }
  const typeOf = (i: number) => types[nodes[i * width + type] ?? 0] ?? '';
  const nameOf = (i: number) => strings[nodes[i * width + name] ?? 0] ?? '';
  const sizeOf = (i: number) => nodes[i * width + size] ?? 0;
  const children = (i: number) =>
    Array.from(
      { length: nodes[i * width + edgeCount] ?? 0 },
      (_, k) => (edges[(firstEdge[i] ?? 0) + k * edgeWidth + toNode] ?? 0) / width,
    );
  const isMachineCode = (i: number) => nameOf(i).includes('InstructionStream');
  // A pattern's compiled code hangs a few internal links below its RegExp object.
  const regexCode = new Set<number>();
  const patterns: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    if (typeOf(i) !== 'regexp') continue;
    let own = 0;
    let frontier = [i];
    const seen = new Set(frontier);
    for (let depth = 0; depth < 4; depth++) {
      const next: number[] = [];
      for (const child of frontier.flatMap(children)) {
        if (seen.has(child)) continue;
        seen.add(child);
        if (isMachineCode(child) && !regexCode.has(child)) {
          regexCode.add(child);
          own += sizeOf(child);
        }
        if (['code', 'native', 'hidden'].includes(typeOf(child))) next.push(child);
      }
      frontier = next;
    }
    patterns.push([own, nameOf(i)]);
  }
  let [regex, code, text, total] = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    total += sizeOf(i);
    if (regexCode.has(i)) regex += sizeOf(i);
    else if (typeOf(i) === 'code') code += sizeOf(i);
    else if (typeOf(i).includes('string')) text += sizeOf(i);
  }
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  return [
    `draft heap, by what holds it: ${mib(total)} MiB in all; machine code of ${patterns.length} ` +
      `regular expressions ${mib(regex)} MiB, other code ${mib(code)} MiB, strings ${mib(text)} MiB`,
    'regular expressions with the most compiled code:',
    ...patterns
      .sort((a, b) => b[0] - a[0])
      .slice(0, 8)
      .map(([bytes, source]) => `  ${kib(bytes).padStart(8)}  ${source.slice(0, 90)}`),
  ];
}

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
  let what: string[] = [];
  if (screen === 'draft' && WHAT) {
    let chunks = '';
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => (chunks += chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    what = whatHolds(JSON.parse(chunks) as HeapSnapshot);
  }
  await context.close();
  return { usedSize, what };
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
    for (let i = 0; i < (screen === 'draft' ? RUNS : 1); i++) {
      const { usedSize, what } = await heapOn(browser, base, screen, path);
      heaps.push(usedSize);
      if (i === 0) what.forEach((line) => console.log(line));
    }
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
