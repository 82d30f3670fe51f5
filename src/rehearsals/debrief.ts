/**
 * What the debrief says about a finished conversation, worked out from its turns: which
 * strategies worked (with the line that showed each), what to try next time, and the
 * parent's best lines. Pure, so the same summary can be tested without a browser.
 */
import { optionWords, type RehearsalContent } from './content';
import {
  STRATEGIES,
  type ParentEntry,
  type RehearsalContext,
  type Setback,
  type Strategy,
} from './types';

/** The words a parent said in a turn: their own, or the option they chose. */
export function parentWords(content: RehearsalContent, entry: ParentEntry): string {
  if (entry.option === null) return entry.text;
  return optionWords(content, entry.beat, entry.option)?.says ?? '';
}

export interface Debrief {
  /** Each line that first showed a strategy working, with the strategies it showed. */
  worked: { line: string; strategies: Strategy[] }[];
  /** Strategies not yet used well: the rehearsal's goals first. */
  tryNext: Strategy[];
  /** What got in the way, each once, with the first line that showed it. */
  setbacks: { setback: Setback; line: string }[];
  /** The lines that landed best, most strategies first; at most three. */
  bestLines: string[];
  /**
   * The lines to carry into the matching guide's draft: only what the parent said or chose,
   * written for the page (a chosen line's `writes`, a typed line as typed).
   */
  carryLines: string[];
}

const MAX_BEST_LINES = 3;

export function debriefOf(content: RehearsalContent, context: RehearsalContext): Debrief {
  const turns = context.log.filter((entry): entry is ParentEntry => entry.by === 'parent');
  const good = turns.filter((turn) => turn.landing === 'good');

  const worked: Debrief['worked'] = [];
  const shown = new Set<Strategy>();
  for (const turn of good) {
    const strategies = STRATEGIES.filter(
      (strategy) => turn.qualities.includes(strategy) && !shown.has(strategy),
    );
    if (strategies.length === 0) continue;
    for (const strategy of strategies) shown.add(strategy);
    worked.push({ line: parentWords(content, turn), strategies });
  }

  const goals = content.words.goals;
  const tryNext = [...goals, ...STRATEGIES.filter((strategy) => !goals.includes(strategy))].filter(
    (strategy) => !context.goals.includes(strategy),
  );

  const setbacks: Debrief['setbacks'] = [];
  for (const turn of turns) {
    if (turn.landing === 'good') continue;
    for (const quality of turn.qualities) {
      if (quality !== 'vague' && quality !== 'blaming' && quality !== 'demanding') continue;
      if (setbacks.some((seen) => seen.setback === quality)) continue;
      setbacks.push({ setback: quality, line: parentWords(content, turn) });
    }
  }

  const strategyCount = (turn: ParentEntry) =>
    turn.qualities.filter((quality) => (STRATEGIES as readonly string[]).includes(quality)).length;
  const bestLines = good
    .map((turn, order) => ({ turn, order }))
    .sort((a, b) => strategyCount(b.turn) - strategyCount(a.turn) || a.order - b.order)
    .slice(0, MAX_BEST_LINES)
    .sort((a, b) => a.order - b.order)
    .map(({ turn }) => parentWords(content, turn));

  const carryQuality = content.words.draft.quality;
  const carryLines = good
    .filter((turn) => turn.qualities.includes(carryQuality))
    .flatMap((turn) => {
      if (turn.option === null) return [turn.text];
      const written = optionWords(content, turn.beat, turn.option)?.writes;
      return written ? [written] : [];
    });

  return { worked, tryNext, setbacks, bestLines, carryLines };
}
