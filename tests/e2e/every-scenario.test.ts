/**
 * Every scenario, completed in Chromium by keyboard alone with its example answers,
 * with axe checking every step, the review and the draft.
 */
import type { Browser, Page } from 'playwright-core';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { loadAllScenarios } from '../support/scenarios';
import {
  appUrl,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
  tabTo,
} from './browser';

const scenarios = await loadAllScenarios();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

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
      for (const field of step.fields) {
        const value = answers[field.name] ?? '';
        const fieldWords = words?.fields[field.name];
        if (field.kind === 'choice') {
          const option = fieldWords?.options?.[value] ?? value;
          const position = field.options?.indexOf(value) ?? 0;
          const group = page.getByRole('group', { name: exact(fieldWords?.label ?? field.name) });
          await tabTo(page, group.getByRole('radio').first());
          // Arrow keys move through a radio group and select as they go.
          if (position === 0) await page.keyboard.press('Space');
          for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
          expect(await group.getByRole('radio', { name: option, exact: true }).isChecked()).toBe(
            true,
          );
        } else if (field.kind === 'date') {
          // A date control takes its parts as typed digits, month first in en-US.
          const [year, month, day] = value.split('-');
          await tabTo(page, page.getByLabel(exact(fieldWords?.label ?? field.name)));
          await page.keyboard.type(`${month}${day}${year}`);
        } else {
          await tabTo(page, page.getByLabel(exact(fieldWords?.label ?? field.name)));
          await page.keyboard.insertText(value);
        }
      }
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
