/**
 * Every guide in Spanish, at /es/: its first step answered by keyboard alone with the
 * Spanish example answers, and its draft; axe checks both (every step of every guide is
 * walked in English by every-scenario.test.ts, with the same screens). The draft is
 * reached from progress saved at the draft, so the run stays short; one guide also shows
 * its draft in English, with the note that the parent's own words stay as typed.
 */
import type { Browser, Page } from 'playwright-core';
import { createActor } from 'xstate';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { loadDraftTemplate } from '../../src/scenarios/content';
import type { Scenario } from '../../src/scenarios/engine/define-scenario';
import type { Answers } from '../../src/lib/fields/field-spec';
import { loadAllScenarios } from '../support/scenarios';
import {
  appUrl,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
} from './browser';
import { answerByKeyboard, pressButton } from './keyboard-steps';

const scenarios = await loadAllScenarios('es');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The flow's progress as the app saves it, walked to the draft with `answers`. */
function snapshotAtDraft(scenario: Scenario, answers: Answers): unknown {
  const actor = createActor(scenario.machine).start();
  for (const [field, value] of Object.entries(answers))
    actor.send({ type: 'answer.set', field, value });
  while (actor.getSnapshot().value !== 'review') actor.send({ type: 'step.next' });
  actor.send({ type: 'review.confirm' });
  const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
  actor.stop();
  return snapshot;
}

/** Replaces the progress this tab saved with `snapshot`, as a later save would. */
function saveProgress(page: Page, flowId: string, snapshot: unknown) {
  return page.evaluate(
    ({ id, saved }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('flows', 'readwrite').objectStore('flows');
          const read = store.get(id);
          read.onsuccess = () => {
            const record = read.result as { revision: number } | undefined;
            if (!record) return reject(new Error(`Nothing saved for ${id}`));
            const write = store.put({ ...record, snapshot: saved, revision: record.revision + 1 });
            write.onsuccess = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
    { id: flowId, saved: snapshot },
  );
}

test.each(scenarios.map((loaded, index) => [loaded.scenario.id, loaded, index] as const))(
  '%s in Spanish: first step by keyboard, accessible, and its draft',
  async (id, { scenario, content }, index) => {
    const { context, page, requests, errors } = await phonePage(browser);
    await page.goto(`${appUrl}/es/scenarios/${id}`);
    const answers = content.examples;
    const [first, second] = scenario.pathFor(answers);
    if (!first || !second) throw new Error(`${id} has fewer than two steps`);

    const words = content.steps[first.id]?.frontmatter;
    await page.getByRole('heading', { level: 1, name: words?.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectNoAxeViolations(page);
    await answerByKeyboard(page, first.fields, words, answers);
    await pressButton(page, 'Continuar');
    const next = content.steps[second.id]?.frontmatter.title;
    await page.getByRole('heading', { level: 1, name: next }).waitFor();
    await page.getByText('Guardado en este dispositivo').waitFor();

    await saveProgress(page, id, snapshotAtDraft(scenario, answers));
    await page.goto(`${appUrl}/es/scenarios/${id}?draft=${id}`);
    await page.getByRole('heading', { level: 1, name: 'Su borrador' }).waitFor();
    await expectNoAxeViolations(page);
    const onPath = scenario.answersOnPath(answers);
    const spanish = composeDraft(content.template, scenario.fields, onPath, 'es');
    expect(await page.getByLabel('Asunto').inputValue()).toBe(spanish.subject);
    expect(await page.getByLabel('Mensaje').inputValue()).toBe(spanish.body);

    // The same answers drafted in English, for an English-speaking teacher.
    // The radio turns once the English template has loaded.
    await page.getByRole('radio', { name: 'Redactar en inglés' }).click();
    const english = composeDraft(
      await loadDraftTemplate(id, 'en'),
      scenario.fields,
      onPath,
      'en',
      'es',
    );
    await expect.poll(() => page.getByLabel('Asunto').inputValue()).toBe(english.subject);
    expect(await page.getByLabel('Mensaje').inputValue()).toBe(english.body);
    await page
      .getByRole('note')
      .getByText(/^Este mensaje está en inglés\./)
      .waitFor();
    if (index === 0) await expectNoAxeViolations(page);

    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, new URL(appUrl).origin);
    await context.close();
  },
);
