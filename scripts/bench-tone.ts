// Speed and size of the tone analyzer: `npx tsx scripts/bench-tone.ts`.
// Goal: median under 0.5 ms for a 300-word email read afresh. The analyzer (rules, models and
// their weights) loads lazily with the guide, so it adds nothing to the first screen; its size is reported here.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { analyzeTone } from '../src/tone/analyze';
import { forgetReadings } from '../src/tone/read-sentences';
import { toneRulesWithoutExamples } from './vite-tone-rules';

// A realistic worried-parent email: mostly collaborative, with a few lines the coach should catch.
const EMAIL = `Hi Ms. Rivera,

I hope your week is going well. I wanted to reach out about Theo's reading. Over the past two weeks I've noticed he has been coming home frustrated after reading group, and last night he told me he doesn't want to go to school tomorrow. I know you have a lot of students and I'm sure you're doing your best. Why did you move him to the lower group without telling me? You never let parents know about these changes, and honestly it's unacceptable. He always works hard at home, and we read together every night before bed.

Could you help me understand what led to the change? I'd love to hear what you're seeing in class, since he can be quiet and might not show everything he knows. At home, we've found that reading aloud to his little sister builds his confidence. Would it help if we sent a short note each morning about how he slept and how reading went the night before? I'm happy to come in and volunteer during reading time if that would be useful. He also mentioned that the new chapter books are exciting, and he keeps asking when he can take one home. His older sister had you for reading two years ago and still talks about the class play, so we were thrilled when we saw your name on his schedule.

He has an IEP for ADHD and his accommodations include extra time and a quiet spot for tests. I expect those to be followed. I just want to make sure we're working together so he feels supported. Thank you so much for everything you do, and for taking the time to read this long email. Please let me know a time this week that works for a quick call.

Best,
Dana`;

const WARM_UP_RUNS = 300;
const TIMED_RUNS = 2000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function timed(run: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < WARM_UP_RUNS; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    run(WARM_UP_RUNS + i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

// A first reading of the whole email: nothing kept from an earlier call.
const firstReading = () =>
  timed(() => {
    forgetReadings();
    analyzeTone(EMAIL);
  });

// The parent typing: each call sees the email with one more letter in one sentence, the way the
// editor asks after a keystroke, so the sentences around it are read as before.
const sentences = EMAIL.split(/(?<=[.?!])\s+/);
const whileTyping = () =>
  timed((i) => {
    // A word never typed before, so the changed sentence (and its neighbours) are read anew.
    const at = i % sentences.length;
    const typed = sentences.map((s, j) =>
      j === at ? `${s.slice(0, -1)} word${i}${s.slice(-1)}` : s,
    );
    analyzeTone(typed.join(' '));
  });

async function bundleSize(): Promise<{ minified: number; gzipped: number }> {
  const entry = fileURLToPath(new URL('../src/tone/analyze.ts', import.meta.url));
  // No config file: the app's MDX and React plugins have nothing to do with this module.
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [toneRulesWithoutExamples()],
    build: {
      lib: { entry, formats: ['es'], fileName: 'tone' },
      minify: true,
      write: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const code = outputs
    .flatMap((output) => output.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('');
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code).length };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const words = EMAIL.split(/\s+/).filter(Boolean).length;
const first = firstReading();
console.log(
  `tone.analyze median ${first.median.toFixed(2)} ms (p95 ${first.p95.toFixed(2)} ms) on a ${words}-word email, read afresh`,
);
const typing = whileTyping();
console.log(
  `tone.analyze median ${typing.median.toFixed(2)} ms (p95 ${typing.p95.toFixed(2)} ms) on it while typing (one sentence changed)`,
);
const { minified, gzipped } = await bundleSize();
console.log(`tone analyzer bundle ${kib(gzipped)} KiB gzip (${kib(minified)} KiB min)`);
