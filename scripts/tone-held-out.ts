// The tone coach on the 2026 held-out sets (tests/tone/held-out-2026): `npx tsx scripts/tone-held-out.ts`.
// For each set, the share of messages flagged: for the calm sets (formal letters, look-alikes)
// that share is the false-alarm rate, for polite-hostile it is the recall. `--failures` also lists
// the messages of the tuning half the coach gets wrong; the held-out half's are never printed,
// so nobody tunes on them by accident.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTone } from '../src/tone/analyze';
import { load, type Labelled } from './train-tone';

export const HELD_OUT_2026 = fileURLToPath(
  new URL('../tests/tone/held-out-2026/', import.meta.url),
);

export type Half = 'tuning' | 'held-out';

export interface SetScore {
  half: Half;
  set: string;
  messages: number;
  flagged: number;
  /** Messages whose verdict disagrees with their label. */
  wrong: Labelled[];
}

export function scoreHalf(half: Half): SetScore[] {
  const folder = `${HELD_OUT_2026}${half}/`;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const messages = load(folder + file);
      const verdicts = messages.map((m) => analyzeTone(m.text).findings.length > 0);
      return {
        half,
        set: file.replace(/\.jsonl$/, ''),
        messages: messages.length,
        flagged: verdicts.filter(Boolean).length,
        wrong: messages.filter((m, i) => verdicts[i] !== m.flagged),
      };
    });
}

const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const halves: Half[] = process.argv.includes('--tuning') ? ['tuning'] : ['tuning', 'held-out'];
  for (const half of halves) {
    for (const s of scoreHalf(half)) {
      console.log(
        `${half.padEnd(9)} ${s.set.padEnd(20)} ${String(s.messages).padStart(4)} messages, flagged ${s.flagged} (${pct(s.flagged, s.messages)})`,
      );
      if (half === 'tuning' && process.argv.includes('--failures')) {
        for (const m of s.wrong) {
          const found = analyzeTone(m.text)
            .findings.map((f) => `${f.category}:${f.rule ?? f.features?.join(',')} «${f.text}»`)
            .join(' | ');
          console.log(
            `   ${m.flagged ? 'MISSED' : 'FALSE '} ${m.text}${found ? `\n      ${found}` : ''}`,
          );
        }
      }
    }
  }
}
