import { resolveOverlaps } from './resolve';
import type { Candidate } from './rule-kit';
import { absolute } from './rules/absolute';
import { blame } from './rules/blame';
import { demand } from './rules/demand';
import { interrogatingWhy } from './rules/interrogating-why';
import { loadedJudgement } from './rules/loaded-judgement';
import { mindReading } from './rules/mind-reading';
import { sarcasm } from './rules/sarcasm';
import { shouting } from './rules/shouting';
import { threat } from './rules/threat';
import { splitSentences } from './sentences';
import { findStrengths } from './strengths';
import type { ToneFinding, ToneReport, ToneStrength } from './types';
import { toneWords } from './words';

export type { ToneCategory, ToneFinding, ToneReport, ToneStrength } from './types';

const RULES = [
  ...threat,
  ...blame,
  ...mindReading,
  ...interrogatingWhy,
  ...sarcasm,
  ...demand,
  ...absolute,
  ...loadedJudgement,
  shouting,
];

// A draft this loaded is better set aside for a moment than polished phrase by phrase.
const HEAVY_FINDINGS = 4;
const HEAVY_CATEGORIES = 3;

export function analyzeTone(text: string): ToneReport {
  const candidates: Candidate[] = [];
  const strengths: ToneStrength[] = [];
  for (const sentence of splitSentences(text)) {
    for (const rule of RULES) rule(sentence, candidates);
    for (const s of findStrengths(sentence)) {
      strengths.push({ ...s, message: toneWords.strengths[s.kind] });
    }
  }

  const findings: ToneFinding[] = resolveOverlaps(candidates).map((c) => {
    const finding: ToneFinding = {
      category: c.category,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      message: toneWords.categories[c.category].reason,
    };
    if (c.suggestion !== undefined) finding.suggestion = c.suggestion;
    return finding;
  });

  // A "thank you" inside a sarcastic line is not a strength.
  const genuine = strengths.filter(
    (s) => !findings.some((f) => f.start < s.end && s.start < f.end),
  );
  const categories = new Set(findings.map((f) => f.category));
  return {
    findings,
    strengths: genuine,
    verdict: findings.length === 0 ? 'ready' : 'revise',
    heavy: findings.length >= HEAVY_FINDINGS || categories.size >= HEAVY_CATEGORIES,
  };
}
