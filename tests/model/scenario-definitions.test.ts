/**
 * The scenarios as written: conditions name real choices and options, every step can be
 * reached, shared fields are the same everywhere, and follow-ups lead somewhere.
 */
import { aboutSchema, checkFrontmatter, stepSchema } from '../../src/scenarios/content-schema';
import { defineScenario } from '../../src/scenarios/engine/define-scenario';
import { shared } from '../../src/scenarios/fields';
import { scenarioLoaders } from '../../src/scenarios/registry';
import type { Answers } from '../../src/lib/fields/field-spec';
import { loadAllScenarios } from '../support/scenarios';

const scenarios = await loadAllScenarios();

describe('a condition with a typo', () => {
  const steps = [
    {
      id: 'approach',
      fields: [
        { name: 'approach', kind: 'choice', required: true, options: ['reset', 'third-party'] },
      ],
    },
  ] as const;

  test.each([
    [{ approach: 'rest' }, '"rest" is not an option of "approach"'],
    [{ aproach: 'reset' }, '"aproach" is not a field of this scenario'],
    [{ anyOf: [{ approach: 'reset' }, { approach: ['third-party', 'other'] }] }, '"other"'],
  ])('stops the scenario from loading: %j', (when, problem) => {
    expect(() =>
      defineScenario({
        id: 'typo',
        version: 1,
        steps: [...steps, { id: 'reset', when, fields: [] }],
      }),
    ).toThrow(problem);
  });

  test('in a follow-up stops it too', () => {
    expect(() =>
      defineScenario({
        id: 'typo',
        version: 1,
        steps,
        followUps: [{ scenario: 'escalate-meeting', when: { approach: 'rest' } }],
      }),
    ).toThrow('"rest" is not an option of "approach"');
  });
});

/** Every combination of the scenario's choices (they are few). */
function choiceCombinations(fields: { name: string; kind: string; options?: readonly string[] }[]) {
  return fields
    .filter((field) => field.kind === 'choice')
    .reduce<Answers[]>(
      (partial, field) =>
        partial.flatMap((answers) =>
          (field.options ?? []).map((option) => ({ ...answers, [field.name]: option })),
        ),
      [{}],
    );
}

describe.each(scenarios.map(({ scenario }) => [scenario.id, scenario] as const))(
  '%s',
  (_id, scenario) => {
    test('every step is on the path for some answers', () => {
      const reached = new Set(
        choiceCombinations([...scenario.fields]).flatMap((answers) =>
          scenario.pathFor(answers).map((step) => step.id),
        ),
      );
      expect(scenario.steps.map((step) => step.id).filter((id) => !reached.has(id))).toEqual([]);
    });

    test('every follow-up is a scenario that exists', () => {
      for (const id of scenario.followUps) expect(Object.keys(scenarioLoaders)).toContain(id);
    });
  },
);

test('a field name two scenarios use comes from the shared registry, with the same kind', () => {
  const uses = new Map<string, { scenario: string; kind: string; options?: readonly string[] }[]>();
  for (const { scenario } of scenarios) {
    for (const field of scenario.fields) {
      uses.set(field.name, [...(uses.get(field.name) ?? []), { scenario: scenario.id, ...field }]);
    }
  }
  const problems: string[] = [];
  for (const [name, list] of uses) {
    const registered = (shared as Record<string, { kind: string; options?: readonly string[] }>)[
      name
    ];
    if (list.length > 1 && !registered)
      problems.push(`${name} is asked by ${list.length} scenarios but not in fields.ts`);
    for (const use of list) {
      if (
        registered &&
        (use.kind !== registered.kind || String(use.options) !== String(registered.options))
      )
        problems.push(
          `${use.scenario}.${name} is ${use.kind}, the registry says ${registered.kind}`,
        );
    }
  }
  expect(problems).toEqual([]);
});

describe('scenario frontmatter', () => {
  test.each([
    [
      stepSchema,
      { title: 'Who', fields: { childName: { hint: 'no label' } } },
      'fields.childName.label',
    ],
    [stepSchema, { title: 'Who', fields: {}, extra: 1 }, 'extra'],
    [
      aboutSchema,
      { title: 'T', summary: 'S', when: 'W', situations: 'not a list', order: 1 },
      'situations',
    ],
  ])(
    'a file that does not fit is refused, naming what is wrong (%#)',
    (schema, frontmatter, where) => {
      expect(() => checkFrontmatter(schema, frontmatter, 'x/step.mdx')).toThrow(where);
    },
  );
});
