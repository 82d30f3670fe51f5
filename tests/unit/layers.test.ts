/**
 * The layer rules in eslint.config.js, tried on imports that break them: a lower layer
 * reaching up, one feature reaching into another, two domain modules importing each other.
 */
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function problemsIn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

test.each([
  ['src/lib/notices.ts', "import { HomePage } from '../app/home-page';"],
  ['src/ui/not-found.tsx', "import { GuideRunner } from '../features/guide/guide-runner';"],
  ['src/tone/analyze.ts', "import { judgeReply } from '../rehearsals/judge-reply';"],
  ['src/scenarios/registry.ts', "import { createSearch } from '../search/search-index';"],
  ['src/features/guide/step-view.tsx', "import { BackupPanel } from '../records/backup-panel';"],
])('refuses an import that breaks the layers: %s ← %s', async (file, code) => {
  expect(await problemsIn(file, `${code}\nexport {};\n`)).toContain('import-x/no-restricted-paths');
});

test.each([
  [
    'src/features/guide/step-view.tsx',
    "import { composeDraft } from '../../scenarios/drafts/compose-draft';",
  ],
  ['src/rehearsals/judge-reply.ts', "import { analyzeTone } from '../tone/analyze';"],
  ['src/app/app.tsx', "import { PageLoading } from '../ui/page-loading';"],
])('allows an import down the layers: %s ← %s', async (file, code) => {
  expect(await problemsIn(file, `${code}\nexport {};\n`)).not.toContain(
    'import-x/no-restricted-paths',
  );
});
