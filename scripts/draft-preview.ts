/**
 * Shows the draft a guide writes from its example answers (or from a file of answers), and
 * what the draft check says about them, so a writer can read a template as a parent would:
 *
 *   npm run --silent draft -- raise-concern            (English, the example answers)
 *   npm run --silent draft -- raise-concern --lang es
 *   npm run --silent draft -- raise-concern answers.json
 *   npm run --silent draft -- raise-concern --lang es --draft-lang en  (a Spanish page's
 *                                                      answers, drafted in English)
 *
 * It runs the app's own modules through Vite, so content loads exactly as in the browser.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const locale = option('--lang') ?? 'en';
const draftLocale = option('--draft-lang') ?? locale;
const [id, answersFile] = args;
if (!id) {
  console.error('Usage: npm run --silent draft -- <scenario-id> [answers.json] [--lang es]');
  process.exit(2);
}

const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const load = (path: string) => server.ssrLoadModule(path);
  const { scenarioLoaders } = await load('/src/scenarios/registry.ts');
  const { loadScenarioContent, loadDraftTemplate } = await load('/src/scenarios/content.ts');
  const { composeDraft } = await load('/src/scenarios/drafts/compose-draft.ts');
  const { checkDraft } = await load('/src/scenarios/drafts/check-draft.ts');
  const loader = scenarioLoaders[id];
  if (!loader) throw new Error(`There is no scenario "${id}"`);
  const { default: scenario } = await loader();
  const content = await loadScenarioContent(id, locale);
  const answers = answersFile ? JSON.parse(readFileSync(answersFile, 'utf8')) : content.examples;
  const onPath = scenario.answersOnPath(answers);
  const template =
    draftLocale === locale ? content.template : await loadDraftTemplate(id, draftLocale);
  const draft = composeDraft(template, scenario.fields, onPath, draftLocale, locale);
  console.log(`Subject: ${draft.subject}\n\n${draft.body}\n`);
  if (content.sheet) {
    const sheet = composeDraft(content.sheet, scenario.fields, onPath, locale);
    console.log(`----\n${sheet.subject}\n\n${sheet.body}\n`);
  }
  for (const problem of checkDraft(template, scenario.fields, onPath, draftLocale, locale))
    console.log(`check: ${problem.field}: ${problem.kind}`);
} finally {
  await server.close();
}
