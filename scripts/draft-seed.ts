/**
 * Puts the browser at the first-week introduction's draft, as a parent who has answered
 * every step with the guide's example answers: a saved flow in IndexedDB, so the guide's
 * address opens at its draft. For the route and heap benchmarks.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createActor } from 'xstate';
import scenario from '../src/scenarios/first-week-intro.machine';

/** The address of the saved flow (the guide's, naming that draft): it opens at the draft. */
export const DRAFT_PATH = `/scenarios/${scenario.id}/?draft=${scenario.id}`;

/** A saved flow record for the first-week introduction, filled in and at its draft. */
function finishedGuide() {
  const examples = JSON.parse(
    readFileSync('content/en/scenarios/first-week-intro/examples.json', 'utf8'),
  ) as Record<string, string>;
  const actor = createActor(scenario.machine).start();
  for (const [field, value] of Object.entries(examples))
    actor.send({ type: 'answer.set', field, value });
  for (let i = 0; i < 20 && actor.getSnapshot().value !== 'review'; i++)
    actor.send({ type: 'step.next' });
  actor.send({ type: 'review.confirm' });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return {
    v: 1,
    scenarioId: scenario.id,
    machineVersion: scenario.version,
    revision: 1,
    savedAt: Date.now(),
    snapshot,
  };
}

/** Saves the flow; `page` must be on the app, which has made its database by then. */
export function seedDraft(page: Page) {
  return page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('flows', 'readwrite');
          tx.objectStore('flows').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    finishedGuide(),
  );
}
