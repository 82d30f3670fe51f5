/// <reference types="vite/client" />
declare module '*.mdx' {
  import type { ComponentType } from 'react';
  export const frontmatter: Record<string, unknown>;
  const MDXComponent: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default MDXComponent;
}

/** One loader per language: each gives that language's search documents and words. */
declare module 'virtual:search-documents' {
  import type { SearchDocument, SearchWords } from './search/search-types';
  const loaders: Record<string, () => Promise<{ documents: SearchDocument[]; words: SearchWords }>>;
  export default loaders;
}

/** Each guide's files in each language (scripts/vite-guide-content.ts), by 'es/bullying'. */
declare module 'virtual:guide-content' {
  import type { Answers } from './lib/fields/field-spec';
  import type { MdxModule } from './scenarios/content-types';
  export interface GuideFiles {
    about: MdxModule<unknown>;
    steps: Record<string, MdxModule<unknown>>;
    draftNotes: MdxModule<unknown> | null;
    template: string;
    sheet: string | null;
    examples: Answers;
    /** Where each of the above came from: 'about', 'steps/ask', 'draftNotes'… */
    paths: Record<string, string>;
  }
  export const guideLoaders: Record<string, () => Promise<GuideFiles>>;
  export const ownTemplates: Record<string, () => Promise<string>>;
}
