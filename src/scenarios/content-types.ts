/** The shape of scenario content as a coach writes it in MDX frontmatter and JSON. */
import type { ComponentType } from 'react';
import type * as v from 'valibot';
import type { Answers } from '../lib/fields/field-spec';
import type { aboutSchema, draftNotesSchema, stepSchema, summarySchema } from './content-schema';

export type AboutFrontmatter = v.InferOutput<typeof aboutSchema>;
export type ScenarioSummary = v.InferOutput<typeof summarySchema> & { id: string };
export type StepFrontmatter = v.InferOutput<typeof stepSchema>;
/** Words around the finished draft: tips, and how each follow-up scenario is offered. */
export type DraftNotesFrontmatter = v.InferOutput<typeof draftNotesSchema>;

export interface MdxModule<F> {
  default: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  frontmatter: F;
}

export interface ScenarioContent {
  about: MdxModule<AboutFrontmatter>;
  steps: Record<string, MdxModule<StepFrontmatter>>;
  draftNotes: MdxModule<DraftNotesFrontmatter> | null;
  template: string;
  /** A second, printable document, such as a meeting-preparation sheet. */
  sheet: string | null;
  examples: Answers;
}
