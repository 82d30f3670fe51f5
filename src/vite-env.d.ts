/// <reference types="vite/client" />
declare module '*.mdx' {
  import type { ComponentType } from 'react';
  export const frontmatter: Record<string, unknown>;
  const MDXComponent: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default MDXComponent;
}

declare module 'virtual:search-documents' {
  import type { SearchDocument } from './search/search-types';
  const documents: SearchDocument[];
  export default documents;
}
