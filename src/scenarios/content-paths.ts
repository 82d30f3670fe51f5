/**
 * Every scenario content file in every language, by kind, for the content-integrity tests
 * (the app finds a guide's files through scripts/vite-guide-content.ts instead).
 */
const paths = (files: Record<string, unknown>) => Object.keys(files);

export const contentPaths = {
  steps: paths(
    import.meta.glob([
      '../../content/*/scenarios/*/*.mdx',
      '!../../content/*/scenarios/*/about.mdx',
      '!../../content/*/scenarios/*/draft.mdx',
    ]),
  ),
  abouts: paths(import.meta.glob('../../content/*/scenarios/*/about.mdx')),
  templates: paths(import.meta.glob('../../content/*/scenarios/*/draft.txt', { query: '?raw' })),
  examples: paths(import.meta.glob('../../content/*/scenarios/*/examples.json')),
  draftNotes: paths(import.meta.glob('../../content/*/scenarios/*/draft.mdx')),
  sheets: paths(import.meta.glob('../../content/*/scenarios/*/sheet.txt', { query: '?raw' })),
};
