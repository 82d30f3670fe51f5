/**
 * The short note after each of the parent's turns: how it landed and why, in a sentence
 * or two. A chosen option carries the coach's own words; a typed reply is explained from
 * the tone coach's finding or the strategy it showed, with the four strategy checks.
 */
import { optionWords, sharedWords, type RehearsalContent } from './content';
import { STRATEGIES, type Landing, type ParentEntry, type Strategy } from './types';
import { judgeReply } from './judge-reply';

export interface StrategyCheck {
  strategy: Strategy;
  label: string;
  met: boolean;
}

export interface TurnFeedback {
  landing: Landing;
  headline: string;
  because: string;
  /** The four strategy checks, for a reply in the parent's own words. */
  checks: StrategyCheck[] | null;
}

export function feedbackFor(content: RehearsalContent, entry: ParentEntry): TurnFeedback {
  const headline = sharedWords.landings[entry.landing];
  if (entry.option !== null) {
    const option = optionWords(content, entry.beat, entry.option);
    return { landing: entry.landing, headline, because: option?.feedback ?? '', checks: null };
  }
  const checks = STRATEGIES.map((strategy) => ({
    strategy,
    label: sharedWords.checks[strategy],
    met: entry.qualities.includes(strategy),
  }));
  return { landing: entry.landing, headline, because: typedReason(entry), checks };
}

function typedReason(entry: ParentEntry): string {
  const { qualities } = sharedWords;
  if (entry.landing === 'poor') {
    const [finding] = judgeReply(entry.text).findings;
    if (finding) return `“${finding.text}”: ${finding.message}`;
    return entry.qualities.includes('demanding')
      ? qualities.demanding.missed
      : qualities.blaming.missed;
  }
  if (entry.landing === 'mixed') return qualities.vague.missed;
  const strategy = STRATEGIES.find((candidate) => entry.qualities.includes(candidate));
  return strategy ? qualities[strategy].landed : '';
}
