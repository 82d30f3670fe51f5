/** The shape of scenario content as a coach writes it in MDX frontmatter and JSON. */
import type { ComponentType } from 'react';
import type { Answers, FieldWords } from '../lib/fields/field-spec';

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  when: string;
  situations: string[];
  order: number;
}

export interface StepFrontmatter {
  title: string;
  fields: Record<string, FieldWords>;
}

export interface MdxModule<F> {
  default: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  frontmatter: F;
}

/** Words around the finished draft: tips, and how each follow-up scenario is offered. */
export interface DraftNotesFrontmatter {
  followUps?: Record<string, string>;
}

export interface ScenarioContent {
  about: MdxModule<Omit<ScenarioSummary, 'id'>>;
  steps: Record<string, MdxModule<StepFrontmatter>>;
  draftNotes: MdxModule<DraftNotesFrontmatter> | null;
  template: string;
  /** A second, printable document, such as a meeting-preparation sheet. */
  sheet: string | null;
  examples: Answers;
}
