/**
 * Drafts from answers written by people who never saw the templates, typing the way parents
 * really type (tests/drafts/answer-sets: phone fragments, run-ons, all lower case, a greeting
 * in the name box, second-language English, pasted notes, "see above"). Every draft a parent
 * can reach must read as correct writing; what composition cannot fix, the draft check names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import type { Answers } from '../../src/lib/fields/field-spec';
import { readingProblems } from '../support/readable';
import { loadAllScenarios } from '../support/scenarios';

const scenarios = await loadAllScenarios();
const root = new URL('./answer-sets/', import.meta.url);

const sets = readdirSync(root).flatMap((writer) =>
  readdirSync(new URL(`${writer}/`, root)).flatMap((file) => {
    const id = file.replace(/\.json$/, '');
    const list = JSON.parse(readFileSync(new URL(`${writer}/${file}`, root), 'utf8')) as {
      writer: string;
      answers: Answers;
    }[];
    return list.map(
      (set, index) => [`${writer}/${id} #${index + 1} (${set.writer})`, id, set.answers] as const,
    );
  }),
);

test('there are several sets for every guide, from at least two writers', () => {
  for (const { scenario } of scenarios) {
    expect(sets.filter(([, id]) => id === scenario.id).length, scenario.id).toBeGreaterThanOrEqual(
      6,
    );
  }
});

describe.each(sets)('%s', (_name, id, answers) => {
  const loaded = scenarios.find(({ scenario }) => scenario.id === id);
  if (!loaded) throw new Error(`No scenario ${id}`);
  const { scenario, content } = loaded;
  const onPath = scenario.answersOnPath(answers);

  test('reads as correct writing', () => {
    // An answer too long for its box never reaches a draft: the step asks to shorten it.
    if (!scenario.isComplete(answers)) return;
    const draft = composeDraft(content.template, scenario.fields, onPath);
    expect(readingProblems(`${draft.subject}\n\n${draft.body}`), draft.body).toEqual([]);
    expect(draft.subject.length).toBeLessThanOrEqual(120);
  });
});
