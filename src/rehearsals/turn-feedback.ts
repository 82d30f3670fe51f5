/**
 * The short note after each of the parent's turns: how it landed and why, in a sentence
 * or two. A chosen option carries the coach's own words; a typed reply is explained from
 * the tone coach's finding (kept with the turn when it was judged) or the strategy it showed,
 * with the four strategy checks. Nothing here reads text, so a page shows its conversation
 * without loading the tone coach.
 */
import { optionWords, sharedWords, type RehearsalContent } from './content';
import { landingOf } from './landing';
import { STRATEGIES, type Landing, type ParentEntry, type Quality, type Strategy } from './types';

export interface StrategyCheck {
  strategy: Strategy;
  label: string;
  met: boolean;
}

export interface TurnFeedback {
  landing: Landing;
  headline: string;
  because: string;
  /** After a line that didn't land well: one that would have, from the same moment. */
  better: string | null;
  /** The four strategy checks, for a reply in the parent's own words. */
  checks: StrategyCheck[] | null;
}

/** The option of a beat that shows the most strategies and nothing that gets in the way. */
export function bestOption(content: RehearsalContent, beat: string) {
  const options = content.words.beats.find((candidate) => candidate.id === beat)?.options ?? [];
  const strategyCount = (qualities: readonly Quality[]) =>
    qualities.filter((quality) => (STRATEGIES as readonly Quality[]).includes(quality)).length;
  return (
    options
      .filter((option) => landingOf(option.qualities) === 'good')
      .sort((a, b) => strategyCount(b.qualities) - strategyCount(a.qualities))[0] ?? null
  );
}

export function feedbackFor(content: RehearsalContent, entry: ParentEntry): TurnFeedback {
  const headline = sharedWords.landings[entry.landing];
  const better = entry.landing === 'good' ? null : (bestOption(content, entry.beat)?.says ?? null);
  if (entry.option !== null) {
    const option = optionWords(content, entry.beat, entry.option);
    const because = option?.feedback ?? '';
    return { landing: entry.landing, headline, because, better, checks: null };
  }
  const checks = STRATEGIES.map((strategy) => {
    const met = entry.qualities.includes(strategy);
    const words = sharedWords.checks[strategy];
    return { strategy, label: met ? words.met : words.unmet, met };
  });
  return { landing: entry.landing, headline, because: typedReason(entry), better, checks };
}

function typedReason(entry: ParentEntry): string {
  const { qualities } = sharedWords;
  if (entry.landing === 'poor') {
    const finding = entry.flagged;
    if (finding) return `“${finding.text}”: ${finding.message}`;
    return entry.qualities.includes('demanding')
      ? qualities.demanding.missed
      : qualities.blaming.missed;
  }
  if (entry.landing === 'mixed') return qualities.vague.missed;
  const strategy = STRATEGIES.find((candidate) => entry.qualities.includes(candidate));
  return strategy ? qualities[strategy].landed : '';
}
