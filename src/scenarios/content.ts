/**
 * Finds scenario content under content/scenarios/<id>/. Summaries for the home page are
 * bundled with it; everything else is loaded when a scenario opens.
 */
import type { Answers } from './engine/types';
import type { MdxModule, ScenarioContent, ScenarioSummary, StepFrontmatter } from './content-types';

// The home page lists every scenario, so each about.mdx is bundled; step files load on demand.
const abouts = import.meta.glob<ScenarioContent['about']>('../../content/scenarios/*/about.mdx', {
  eager: true,
});
const mdxFiles = import.meta.glob<MdxModule<StepFrontmatter>>([
  '../../content/scenarios/*/*.mdx',
  '!../../content/scenarios/*/about.mdx',
]);
const templates = import.meta.glob<string>('../../content/scenarios/*/draft.txt', {
  query: '?raw',
  import: 'default',
});
const examples = import.meta.glob<Answers>('../../content/scenarios/*/examples.json', {
  import: 'default',
});

const folderOf = (path: string) => path.split('/').at(-2) ?? '';
const fileOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.mdx$/, '');

export const scenarioSummaries: ScenarioSummary[] = Object.entries(abouts)
  .map(([path, about]) => ({ ...about.frontmatter, id: folderOf(path) }))
  .sort((a, b) => a.order - b.order);

/** Every content file path, for the integrity test. */
export const contentPaths = {
  steps: Object.keys(mdxFiles),
  abouts: Object.keys(abouts),
  templates: Object.keys(templates),
  examples: Object.keys(examples),
};

export async function loadScenarioContent(id: string): Promise<ScenarioContent> {
  const inFolder = <T>(files: Record<string, () => Promise<T>>) =>
    Object.entries(files).filter(([path]) => folderOf(path) === id);
  const [template] = inFolder(templates);
  const [example] = inFolder(examples);
  const about = Object.entries(abouts).find(([path]) => folderOf(path) === id)?.[1];
  if (!template || !example || !about) throw new Error(`Content for scenario ${id} is missing`);
  const steps = await Promise.all(
    inFolder(mdxFiles).map(async ([path, load]) => [fileOf(path), await load()] as const),
  );
  return {
    about,
    steps: Object.fromEntries(steps),
    template: await template[1](),
    examples: await example[1](),
  };
}
