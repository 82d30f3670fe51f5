import type { Answers, FieldSpec, Problem } from '../../lib/fields/field-spec';
import type { Locale } from '../../lib/i18n/locale';
import type { When } from './when';

/**
 * The shapes every scenario shares: fields it collects, steps it walks, and the context
 * its machine keeps. Logic only: the words for all of these live under content/.
 */

export interface StepSpec {
  id: string;
  fields: readonly FieldSpec[];
  /** The step is only part of the flow when this holds (see when.ts). */
  when?: When;
}

export interface DraftText {
  subject: string;
  body: string;
}

/**
 * The parent's own edits to a draft, with the generated draft they started from, so
 * a later change of answers can be noticed instead of silently overwriting the edits.
 */
export interface DraftEdits extends DraftText {
  basedOn: DraftText;
}

export interface ScenarioContext {
  answers: Answers;
  problems: Record<string, Problem>;
  /** Set when a step was opened from the review screen: "next" then returns there. */
  returnToReview: boolean;
  draftEdits: DraftEdits | null;
  /** Edits replaced by a regenerated draft, kept so the parent can undo. */
  discardedEdits: DraftEdits | null;
  /**
   * The language the parent asked the draft to be written in, when not the page's (a
   * Spanish guide's draft in English for an English-speaking teacher). Absent in progress
   * saved before drafts had a language.
   */
  draftLanguage?: Locale | undefined;
}

export type ScenarioEvent =
  | { type: 'answer.set'; field: string; value: string }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.edit'; step: string }
  | { type: 'review.confirm' }
  | { type: 'draft.review' }
  | { type: 'draft.edit'; subject: string; body: string; basedOn: DraftText }
  | { type: 'draft.keepEdits'; basedOn: DraftText }
  | { type: 'draft.regenerate' }
  | { type: 'draft.undoRegenerate' }
  | { type: 'draft.language'; locale: Locale }
  | { type: 'flow.restart' };

/** What a state tells the runner through `snapshot.getMeta()`. */
export type ScenarioMeta =
  | { view: 'step'; step: string; content: string; fields: readonly FieldSpec[] }
  | { view: 'review' }
  | { view: 'draft' };
