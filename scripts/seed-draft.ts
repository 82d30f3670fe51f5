/**
 * A finished first-week introduction, written straight into the page's IndexedDB, so a
 * script can open the draft screen (`DRAFT_PATH`) without walking the guide first.
 * Used by `npm run screenshots`, `npm run lighthouse` and the route and heap benchmarks.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createActor } from 'xstate';
import scenario from '../src/scenarios/first-week-intro.machine';

/** The draft of the first-week introduction, as the guide's own address names it. */
export const DRAFT_PATH = `/scenarios/${scenario.id}/?draft=${scenario.id}`;

/** A saved flow record for the first-week introduction, filled in (in `locale`) and at its draft. */
function finishedGuide(locale: string) {
  const examples = JSON.parse(
    readFileSync(`content/${locale}/scenarios/first-week-intro/examples.json`, 'utf8'),
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

/** Stores the finished guide on the page's origin (the app must have opened its database). */
export async function seedFinishedDraft(page: Page, locale = 'en') {
  await page.evaluate(
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
    finishedGuide(locale),
  );
}
