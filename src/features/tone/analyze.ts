import { valence } from './lexicon';
import { backstopAllowed, modelFlags, modelVerdict } from './model';
import { normalize } from './normalize';
import { resolveOverlaps } from './resolve';
import type { Candidate } from './rule-kit';
import { absolute } from './rules/absolute';
import { blame } from './rules/blame';
import { demand } from './rules/demand';
import { interrogatingWhy } from './rules/interrogating-why';
import { loadedJudgement } from './rules/loaded-judgement';
import { mindReading } from './rules/mind-reading';
import { pointed } from './rules/pointed';
import { sarcasm } from './rules/sarcasm';
import { shouting } from './rules/shouting';
import { threat } from './rules/threat';
import { splitSentences, type Sentence } from './sentences';
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
  pointed,
  ...demand,
  ...absolute,
  ...loadedJudgement,
  shouting,
];

// A draft this loaded is better set aside for a moment than polished phrase by phrase.
const HEAVY_FINDINGS = 4;
const HEAVY_CATEGORIES = 3;

/**
 * When no rule fired, the trained model may still recognise a jab worded in a way no rule
 * foresaw. It flags the whole sentence under the category it most resembles, with that
 * category's general reason and no rewrite, since it cannot know which words to change.
 */
function backstop(sentence: Sentence, out: Candidate[]): void {
  if (!backstopAllowed(sentence.text)) return;
  const verdict = modelVerdict(sentence.text);
  if (!modelFlags(verdict)) return;
  // Reading praise as sarcasm takes an understanding the model does not have; the rules decide.
  if (verdict.category === 'sarcasm' && valence(sentence.text).positive) return;
  const end = sentence.text.replace(/[\s.!?…]+$/, '').length;
  if (end > 0)
    out.push({ category: verdict.category, start: sentence.start, end: sentence.start + end });
}

export function analyzeTone(text: string): ToneReport {
  // Rules read a copy with apostrophes and capitals repaired ("dont" → "don't"); offsets are
  // mapped back so every span points at what the parent actually typed.
  const { text: repaired, toOriginal } = normalize(text);
  const candidates: Candidate[] = [];
  const strengths: ToneStrength[] = [];
  for (const sentence of splitSentences(repaired)) {
    const before = candidates.length;
    for (const rule of RULES) rule(sentence, candidates);
    const found = findStrengths(sentence);
    // A sentence the coach already sees as constructive is not second-guessed by the model.
    if (candidates.length === before && found.length === 0) backstop(sentence, candidates);
    for (const s of found) {
      strengths.push({
        ...s,
        start: toOriginal(s.start),
        end: toOriginal(s.end),
        message: toneWords.strengths[s.kind],
      });
    }
  }

  const findings: ToneFinding[] = resolveOverlaps(candidates).map((c) => {
    const start = toOriginal(c.start);
    const end = toOriginal(c.end);
    const finding: ToneFinding = {
      category: c.category,
      start,
      end,
      text: text.slice(start, end),
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
