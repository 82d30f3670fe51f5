import { normalize } from './normalize';
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
import { findStrengths, type StrengthSpan } from './strengths';

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

/** What the rules and the strength patterns see in one sentence, before the models weigh it. */
export interface SentenceReading {
  sentence: Sentence;
  /** Rule findings, with spans and rewrites; offsets are in the repaired text. */
  candidates: Candidate[];
  strengths: StrengthSpan[];
}

/**
 * Splits a message into sentences and reads each one. Rules read a copy with apostrophes and
 * capitals repaired ("dont" → "don't"); `toOriginal` maps offsets back to what was typed.
 */
export function readSentences(text: string): {
  readings: SentenceReading[];
  toOriginal: (offset: number) => number;
} {
  const { text: repaired, toOriginal } = normalize(text);
  const readings = splitSentences(repaired).map((sentence) => {
    const candidates: Candidate[] = [];
    for (const rule of RULES) rule(sentence, candidates);
    return { sentence, candidates, strengths: findStrengths(sentence) };
  });
  return { readings, toOriginal };
}
