// The tone coach on the 2026 sets (tests/tone/held-out-2026): `npx tsx scripts/tone-held-out.ts`.
// For each set, the share of messages flagged: for the calm sets (formal letters, look-alikes)
// that share is the false-alarm rate, for polite-hostile it is the recall. `--failures` also lists
// the messages the coach gets wrong. `--each-writer-out` retrains without each writer's messages
// in turn and scores that writer (slow: one training per writer), an estimate for writers the
// models have not read. The sets were scored blind once and are tuning data now (their README);
// a set for a final blind score is kept elsewhere and is never tuned on.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTone } from '../src/tone/analyze';
import type { ModelWeights } from '../src/tone/model';
import { load, train, trainingSets, type Labelled } from './train-tone';

export const SETS_2026 = fileURLToPath(
  new URL('../tests/tone/held-out-2026/tuning/', import.meta.url),
);

export interface SetScore {
  set: string;
  messages: number;
  flagged: number;
  /** Messages whose verdict disagrees with their label. */
  wrong: Labelled[];
}

interface Written extends Labelled {
  writer: string;
}

export function sets2026(folder: string = SETS_2026): { set: string; messages: Written[] }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      set: file.replace(/\.jsonl$/, ''),
      messages: load(folder + file) as Written[],
    }));
}

/** Each set's score, with the shipped models or `model` (`writer`: only that writer's messages). */
export function scoreSets(
  options: { folder?: string; model?: ModelWeights | null; writer?: string } = {},
): SetScore[] {
  return sets2026(options.folder).map(({ set, messages: all }) => {
    const messages = options.writer ? all.filter((m) => m.writer === options.writer) : all;
    const verdicts = messages.map(
      (m) => analyzeTone(m.text, { model: options.model }).findings.length > 0,
    );
    return {
      set,
      messages: messages.length,
      flagged: verdicts.filter(Boolean).length,
      wrong: messages.filter((m, i) => verdicts[i] !== m.flagged),
    };
  });
}

/** Retrains without each writer of the 2026 sets in turn and scores that writer; summed per set. */
export function eachWriterOut(
  report: (writer: string, s: SetScore[], model: ModelWeights) => void = () => {},
): SetScore[] {
  const writers = [...new Set(sets2026().flatMap((s) => s.messages.map((m) => m.writer)))].sort();
  const others = trainingSets().filter((s) => !s.name.startsWith('held-out-2026/'));
  const mine = sets2026().flatMap((s) => s.messages);
  const total = new Map<string, SetScore>();
  for (const writer of writers) {
    const model = train([
      ...others.flatMap((s) => s.messages),
      ...mine.filter((m) => m.writer !== writer),
    ]);
    const scores = scoreSets({ model, writer });
    report(writer, scores, model);
    for (const s of scores) {
      const t = total.get(s.set) ?? { set: s.set, messages: 0, flagged: 0, wrong: [] };
      total.set(s.set, {
        set: s.set,
        messages: t.messages + s.messages,
        flagged: t.flagged + s.flagged,
        wrong: [...t.wrong, ...s.wrong],
      });
    }
  }
  return [...total.values()];
}

const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
const line = (label: string, s: SetScore) =>
  `${label.padEnd(26)} ${s.set.padEnd(20)} ${String(s.messages).padStart(4)} messages, flagged ${s.flagged} (${pct(s.flagged, s.messages)})`;

function printFailures(s: SetScore, model?: ModelWeights) {
  for (const m of s.wrong) {
    const found = analyzeTone(m.text, { model })
      .findings.map((f) => `${f.category}:${f.rule ?? f.features?.join(',')} «${f.text}»`)
      .join(' | ');
    console.log(
      `   ${m.flagged ? 'MISSED' : 'FALSE '} ${m.text}${found ? `\n      ${found}` : ''}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = process.argv.includes('--failures');
  for (const s of scoreSets()) {
    console.log(line('shipped models', s));
    if (failures) printFailures(s);
  }
  if (process.argv.includes('--each-writer-out')) {
    const total = eachWriterOut((writer, scores, model) => {
      for (const s of scores) {
        if (s.messages === 0) continue;
        console.log(line(writer, s));
        if (failures) printFailures(s, model);
      }
    });
    for (const s of total) console.log(line('each writer left out', s));
  }
}
