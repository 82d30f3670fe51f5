/**
 * Every scenario, completed in Chromium by keyboard alone with its example answers,
 * with axe checking every step, the review and the draft.
 */
import type { Browser } from 'playwright-core';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { loadAllScenarios } from '../support/scenarios';
import {
  appUrl,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
} from './browser';
import { answerByKeyboard, pressButton } from './keyboard-steps';

const scenarios = await loadAllScenarios();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test.each(scenarios.map((loaded) => [loaded.scenario.id, loaded] as const))(
  '%s: completed by keyboard, accessible on every screen',
  async (id, { scenario, content }) => {
    const { context, page, requests, errors } = await phonePage(browser);
    await page.goto(`${appUrl}/scenarios/${id}`);
    const answers = content.examples;
    const path = scenario.pathFor(answers);

    for (const [index, step] of path.entries()) {
      const words = content.steps[step.id]?.frontmatter;
      await page.getByRole('heading', { level: 1, name: words?.title }).waitFor();
      await expectNoAxeViolations(page);
      await answerByKeyboard(page, step.fields, words, answers);
      await pressButton(page, index === path.length - 1 ? 'Review my answers' : 'Continue');
    }

    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await expectNoAxeViolations(page);
    await pressButton(page, 'Write my draft');
    await page.getByRole('heading', { level: 1, name: 'Your draft' }).waitFor();
    await expectNoAxeViolations(page);

    const expected = composeDraft(
      content.template,
      scenario.fields,
      scenario.answersOnPath(answers),
    );
    expect(await page.getByLabel('Subject').inputValue()).toBe(expected.subject);
    expect(await page.getByLabel('Message').inputValue()).toBe(expected.body);
    await page.getByText('This reads as calm and collaborative.').waitFor();
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, new URL(appUrl).origin);
    await context.close();
  },
);
