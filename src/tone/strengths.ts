import { forEachMatch, pattern } from './rule-kit';
import type { Sentence } from './sentences';
import type { ToneStrengthKind } from './types';

// Habits the advice encourages. Each is noted once per sentence, at the phrase that shows it.
const STRENGTH_PATTERNS: Record<ToneStrengthKind, RegExp> = {
  'curious-question': pattern(
    String.raw`\b(?:(?:can|could|would) you )?help me understand\b|\bI(?:'d| would) (?:love|like) to (?:understand|hear|learn|know more)\b|\bI(?:'m| am| was) (?:wondering|curious)\b|\bI wonder(?:ed)? (?:if|whether|why|how|what)\b|\b(?:could|can) you tell me (?:a (?:little|bit) )?more\b|\bwhat (?:have you|do you) (?:noticed|notice|think|see|suggest|recommend)\b|\bhave you noticed\b|\bwhat(?:'s| is| has been) (?:been )?working\b|\bdo you have any (?:thoughts|ideas|suggestions|tips|insight)\b|\byour (?:perspective|side|read on it|take)\b`,
  ),
  'specific-observation': pattern(
    String.raw`\bI(?:'ve| have)? (?:noticed|observed|seen)\b|\b(?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:yesterday|last night|this morning|last week)\b|\b(?:for|over) the (?:past|last) (?:few|couple of|two|three|four|\d+) (?:days|weeks|nights|months)\b|\b(?:\d+|two|three|four|five) (?:of|out of) (?:the )?(?:last )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b`,
  ),
  'offer-to-help': pattern(
    String.raw`\b(?:is there )?anything (?:I|we) can do\b|\bhow (?:can|could) (?:I|we) (?:help|support|work together)\b|\bwhat can (?:I|we) do\b|\b(?:I'm|I am|we're|we are|I'd be|we'd be) (?:happy|glad|willing) to\b|\blet me know if (?:there's|there is) anything\b|\b(?:I|we) can (?:practice|work on|reinforce|help|support|try)\b[^.?!]{0,30}\bat home\b|\bsupport (?:what you're doing|her|him) at home\b|\bwhat do you need from (?:me|us)\b`,
  ),
  appreciation: pattern(
    String.raw`\bthank(?:s| you)\b|\b(?:I|we) (?:really |truly |so |do )?appreciate\b|\b(?:grateful|thankful)\b|\bmeans (?:a lot|so much)\b|\b(?:he|she|they) (?:loves?|enjoys?|adores?) (?:your|being in your|coming to your)\b|\bI (?:really )?value\b`,
  ),
  'proposes-solution': pattern(
    String.raw`\bwould it help (?:if|to)\b|\bwhat if we\b|\b(?:maybe|perhaps) we (?:could|can|might)\b|\bcould we (?:try|set up|schedule|meet|find|agree|look|talk|plan)\b|\bone idea\b|\bI wonder if (?:we|it|he|she) (?:could|might|would)\b|\bhow about (?:we|if|trying)\b|\bwould (?:it|something like that|something similar) be possible\b|\bwhy don't we\b|\bwhy not try\b|\blet's\b|\bI(?:'d| would) like to suggest\b|\bwe could try\b|\bcould (?:he|she) (?:try|sit|have|use|take)\b`,
  ),
};

export interface StrengthSpan {
  kind: ToneStrengthKind;
  start: number;
  end: number;
}

export function findStrengths(sentence: Sentence): StrengthSpan[] {
  const found: StrengthSpan[] = [];
  for (const kind of Object.keys(STRENGTH_PATTERNS) as ToneStrengthKind[]) {
    let first: StrengthSpan | undefined;
    forEachMatch(STRENGTH_PATTERNS[kind], sentence.text, (m) => {
      first ??= {
        kind,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
      };
    });
    if (first) found.push(first);
  }
  return found;
}
