/**
 * Gathers what the guide needs before its first render: the scenario's machine, its
 * content, and the parent's saved progress if it still fits. Whatever cannot be
 * restored is set aside and explained, never a reason to fail.
 */
import * as v from 'valibot';
import { createActor, type Snapshot } from 'xstate';
import { t } from '../../lib/i18n/messages';
import { loadFlow } from '../../lib/storage/flow-store';
import { resumeFlow, type ResumedFlow } from '../../lib/storage/resume-flow';
import { loadScenarioContent } from '../../scenarios/content';
import type { ScenarioContent } from '../../scenarios/content-types';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { Answers } from '../../lib/fields/field-spec';
import { scenarioLoader } from '../../scenarios/registry';

export interface LoadedGuide extends ResumedFlow {
  /** The scenario, saved under this draft's own id (a guide can have several drafts). */
  scenario: Scenario;
  content: ScenarioContent;
}

/**
 * Loads one draft of a scenario, saved under `flowId` (the scenario's id for the first).
 * `carryFrom` names the saved flow the parent came from: answers it holds under the same
 * field names fill this draft's empty answers.
 */
export async function loadGuide(
  id: string,
  flowId: string,
  carryFrom?: string,
): Promise<LoadedGuide> {
  const guide = await loadOwnProgress(id, flowId);
  if (!carryFrom || carryFrom === flowId) return guide;
  const carried = await savedAnswers(carryFrom);
  return { ...guide, snapshot: withAnswers(guide.scenario, guide.snapshot, carried) };
}

async function loadOwnProgress(id: string, flowId: string): Promise<LoadedGuide> {
  const load = scenarioLoader(id);
  if (!load) throw new Error(`Unknown scenario ${id}`);
  const [{ default: defined }, content] = await Promise.all([load(), loadScenarioContent(id)]);
  const scenario = { ...defined, flowId };
  const title = content.about.frontmatter.title;
  const resumed = await resumeFlow(scenario, title, {
    storageUnavailable: t('storage.storageUnavailable'),
    setAsideCorrupted: t('storage.setAsideCorrupted'),
    setAsideOutdated: t('storage.setAsideOutdated'),
  });
  return { scenario, content, ...resumed };
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
