// Figures for the tone coach, per labelled set: `npx tsx scripts/tone-figures.ts [--lang es]`.
// Precision and recall of the shipped coach on each set, how often calm formal letters are
// flagged, and how many flagged messages come with one-click rewrites.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTone } from '../src/tone/analyze';
import { figures, load, tally, trainingSets, type Labelled } from './train-tone';

const lang = process.argv.indexOf('--lang');
const locale = lang >= 0 ? (process.argv[lang + 1] ?? 'en') : 'en';
const TONE = fileURLToPath(new URL('../tests/tone/', import.meta.url));
const setsDir = locale === 'en' ? TONE : `${TONE}${locale}/`;

function rewriteCoverage(messages: Labelled[]) {
  let flagged = 0;
  let some = 0;
  let all = 0;
  let findings = 0;
  let withRewrite = 0;
  for (const m of messages) {
    const report = analyzeTone(m.text, { locale });
    if (report.findings.length === 0) continue;
    flagged++;
    const n = report.findings.filter((f) => f.rewrite !== undefined).length;
    findings += report.findings.length;
    withRewrite += n;
    if (n > 0) some++;
    if (n === report.findings.length) all++;
  }
  return { flagged, some, all, findings, withRewrite };
}

const unseen = existsSync(`${setsDir}unseen`)
  ? readdirSync(`${setsDir}unseen`)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => ({ name: `unseen/${f}`, messages: load(`${setsDir}unseen/${f}`) }))
  : [];
const sets = [...trainingSets(locale), ...unseen];
let pooled = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
let total = { flagged: 0, some: 0, all: 0, findings: 0, withRewrite: 0 };
for (const set of sets) {
  const t = tally(set.messages, undefined, locale);
  pooled = {
    truePositives: pooled.truePositives + t.truePositives,
    falsePositives: pooled.falsePositives + t.falsePositives,
    falseNegatives: pooled.falseNegatives + t.falseNegatives,
  };
  const calm = set.messages.filter((m) => !m.flagged);
  const calmFlagged = t.falsePositives;
  const c = rewriteCoverage(set.messages);
  total = {
    flagged: total.flagged + c.flagged,
    some: total.some + c.some,
    all: total.all + c.all,
    findings: total.findings + c.findings,
    withRewrite: total.withRewrite + c.withRewrite,
  };
  console.log(
    `${set.name.padEnd(46)} ${figures(t)}, calm flagged ${pct(calmFlagged, calm.length)}, ` +
      `rewrite: some ${pct(c.some, c.flagged)} all ${pct(c.all, c.flagged)}`,
  );
}
console.log(`${'all sets, pooled'.padEnd(46)} ${figures(pooled)}`);
console.log(
  `all sets: flagged messages with a rewrite ${pct(total.some, total.flagged)}, with a rewrite for every finding ${pct(total.all, total.flagged)}, findings with a rewrite ${pct(total.withRewrite, total.findings)}`,
);
