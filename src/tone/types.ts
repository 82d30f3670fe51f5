import type { ToneCategory } from './categories';

export type { ToneCategory } from './categories';

export interface ToneFinding {
  category: ToneCategory;
  /** UTF-16 offset into the analysed text (inclusive). */
  start: number;
  /** UTF-16 offset into the analysed text (exclusive). */
  end: number;
  text: string;
  /** One sentence: why this may put the teacher on the defensive. */
  message: string;
  /** A drop-in replacement for text.slice(start, end), only when a safe rewrite exists. */
  suggestion?: string;
  /** The rule behind the finding: a phrase rule's id, or a code rule's name ("threat/to-severe"). */
  rule?: string;
  /** When only the models flagged the sentence, the features that weighed most. */
  features?: string[];
  /**
   * The one-click rewrite: replace text[start, end) with `text` ("" removes the words). Its span
   * may be wider than the finding's (a whole sentence), since the finding marks only the words
   * doing the harm.
   */
  rewrite?: { start: number; end: number; text: string };
  /** When no rewrite is safe: what to change, in words. */
  advice?: string;
}

export type ToneStrengthKind =
  | 'curious-question'
  | 'specific-observation'
  | 'offer-to-help'
  | 'appreciation'
  | 'proposes-solution';

export interface ToneStrength {
  kind: ToneStrengthKind;
  start: number;
  end: number;
  message: string;
}

export interface ToneReport {
  findings: ToneFinding[];
  strengths: ToneStrength[];
  verdict: 'ready' | 'revise';
  /** True when the draft is heavy with findings: the UI suggests a pause before sending. */
  heavy: boolean;
}
