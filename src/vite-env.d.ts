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
