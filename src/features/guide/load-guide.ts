/**
 * Gathers what the guide needs before its first render: the scenario's machine, its
 * content, and the parent's saved progress if it still fits. Whatever cannot be
 * restored is set aside and explained, never a reason to fail.
 */
import * as v from 'valibot';
import { createActor, type Snapshot } from 'xstate';
import notices from '../../../content/ui/notices.json';
import { downloadText } from '../../lib/download';
import { fillIn } from '../../lib/fill-in';
import { raiseNotice } from '../../lib/notices';
import { loadFlow, setAside, setAsideRecords } from '../../lib/storage/flow-store';
import { loadScenarioContent } from '../../scenarios/content';
import type { ScenarioContent } from '../../scenarios/content-types';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import { restorableSnapshot } from '../../scenarios/engine/restore-snapshot';
import type { Answers } from '../../scenarios/engine/types';
import { scenarioLoaders } from '../../scenarios/registry';

export interface LoadedGuide {
  scenario: Scenario;
  content: ScenarioContent;
  snapshot: Snapshot<unknown> | undefined;
  /** The stored revision this tab continues from; 0 when nothing is stored. */
  revision: number;
  storage: 'on' | 'off';
}

/**
 * Loads a scenario. `carryFrom` names the scenario the parent came from: answers it holds
 * under the same field names fill this scenario's empty answers.
 */
export async function loadGuide(id: string, carryFrom?: string): Promise<LoadedGuide> {
  const guide = await loadOwnProgress(id);
  if (!carryFrom || carryFrom === id) return guide;
  const carried = await savedAnswers(carryFrom);
  return { ...guide, snapshot: withAnswers(guide.scenario, guide.snapshot, carried) };
}

async function loadOwnProgress(id: string): Promise<LoadedGuide> {
  const load = scenarioLoaders[id];
  if (!load) throw new Error(`Unknown scenario ${id}`);
  const [{ default: scenario }, content, saved] = await Promise.all([
    load(),
    loadScenarioContent(id),
    loadFlow(id),
  ]);
  const title = content.about.frontmatter.title;
  const base = { scenario, content, snapshot: undefined, revision: 0, storage: 'on' } as const;

  switch (saved.kind) {
    case 'none':
      return base;
    case 'unavailable':
      raiseNotice({ id: 'storage', tone: 'warning', message: notices.storageUnavailable });
      return { ...base, storage: 'off' };
    case 'set-aside':
      announceSetAside(id, fillIn(notices.setAsideCorrupted, { title }));
      return base;
    case 'found': {
      const snapshot = restorableSnapshot(scenario, saved.record);
      if (snapshot) return { ...base, snapshot, revision: saved.record.revision };
      await setAside(id, 'outdated', saved.record);
      announceSetAside(id, fillIn(notices.setAsideOutdated, { title }));
      return base;
    }
  }
}

const savedContext = v.object({ context: v.object({ answers: v.record(v.string(), v.string()) }) });

async function savedAnswers(scenarioId: string): Promise<Answers> {
  const saved = await loadFlow(scenarioId);
  if (saved.kind !== 'found') return {};
  const parsed = v.safeParse(savedContext, saved.record.snapshot);
  return parsed.success ? parsed.output.context.answers : {};
}

/** Fills empty answers through the machine itself, which accepts only its own fields. */
function withAnswers(
  scenario: Scenario,
  snapshot: Snapshot<unknown> | undefined,
  answers: Answers,
) {
  const actor = createActor(scenario.machine, snapshot ? { snapshot } : undefined).start();
  const current = actor.getSnapshot().context.answers;
  for (const [field, value] of Object.entries(answers)) {
    if (!current[field]?.trim()) actor.send({ type: 'answer.set', field, value });
  }
  const seeded = actor.getPersistedSnapshot();
  actor.stop();
  return seeded;
}

function announceSetAside(scenarioId: string, message: string) {
  raiseNotice({
    id: `set-aside-${scenarioId}`,
    tone: 'warning',
    message,
    action: {
      label: notices.downloadSetAside,
      run: () =>
        void setAsideRecords().then((records) =>
          downloadText(
            `common-ground-set-aside-${scenarioId}.json`,
            JSON.stringify(
              records.filter((record) => record.scenarioId === scenarioId),
              null,
              2,
            ),
            'application/json',
          ),
        ),
    },
  });
}
