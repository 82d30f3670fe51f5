/**
 * Finds scenario content under content/en/scenarios/<id>/. Summaries for the home page are
 * bundled with it; everything else is loaded when a scenario opens.
 */
import type { Answers, FieldWords } from '../lib/fields/field-spec';
import type {
  DraftNotesFrontmatter,
  MdxModule,
  ScenarioContent,
  ScenarioSummary,
  StepFrontmatter,
} from './content-types';

// The home page lists every scenario, so each about.mdx is bundled; the rest loads on demand.
const abouts = import.meta.glob<ScenarioContent['about']>(
  '../../content/en/scenarios/*/about.mdx',
  {
    eager: true,
  },
);
const stepFiles = import.meta.glob<MdxModule<StepFrontmatter>>([
  '../../content/en/scenarios/*/*.mdx',
  '!../../content/en/scenarios/*/about.mdx',
  '!../../content/en/scenarios/*/draft.mdx',
]);
const draftNotes = import.meta.glob<MdxModule<DraftNotesFrontmatter>>(
  '../../content/en/scenarios/*/draft.mdx',
);
// Vite needs each glob's options written out literally.
const templates = import.meta.glob<string>('../../content/en/scenarios/*/draft.txt', {
  query: '?raw',
  import: 'default',
});
const sheets = import.meta.glob<string>('../../content/en/scenarios/*/sheet.txt', {
  query: '?raw',
  import: 'default',
});
const examples = import.meta.glob<Answers>('../../content/en/scenarios/*/examples.json', {
  import: 'default',
});

const folderOf = (path: string) => path.split('/').at(-2) ?? '';
const fileOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.mdx$/, '');

export const scenarioSummaries: ScenarioSummary[] = Object.entries(abouts)
  .map(([path, about]) => ({ ...about.frontmatter, id: folderOf(path) }))
  .sort((a, b) => a.order - b.order);

/** Every content file path, for the integrity test. */
export const contentPaths = {
  steps: Object.keys(stepFiles),
  abouts: Object.keys(abouts),
  templates: Object.keys(templates),
  examples: Object.keys(examples),
};

/** The words for one of a step's fields; a field without words shows its name. */
export function wordsFor(content: ScenarioContent, stepId: string, field: string): FieldWords {
  return content.steps[stepId]?.frontmatter.fields[field] ?? { label: field };
}

function inFolder<T>(files: Record<string, T>, id: string): T | undefined {
  return Object.entries(files).find(([path]) => folderOf(path) === id)?.[1];
}

export async function loadScenarioContent(id: string): Promise<ScenarioContent> {
  const about = inFolder(abouts, id);
  const template = inFolder(templates, id);
  const example = inFolder(examples, id);
  if (!about || !template || !example) throw new Error(`Content for scenario ${id} is missing`);
  const steps = Object.entries(stepFiles).filter(([path]) => folderOf(path) === id);
  const [stepModules, notes, sheet, draft, answers] = await Promise.all([
    Promise.all(steps.map(async ([path, load]) => [fileOf(path), await load()] as const)),
    inFolder(draftNotes, id)?.() ?? null,
    inFolder(sheets, id)?.() ?? null,
    template(),
    example(),
  ]);
  return {
    about,
    steps: Object.fromEntries(stepModules),
    draftNotes: notes,
    template: draft,
    sheet,
    examples: answers,
  };
}
