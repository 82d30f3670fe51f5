/**
 * What a worried parent sees on a 390×844 phone: the first question of every guide without
 * scrolling, the step count on one line, the whole draft at once, one way to send it first,
 * and the same screens readable in dark mode.
 */
import type { Browser } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';
import { writeExampleIntroduction } from './example-introduction';
import { scenarioSummaries } from '../../src/scenarios/summaries';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const guides = scenarioSummaries.map((summary) => summary.id);

test.each(['', '/es'])(
  'every guide’s first question is on the first screen (%s)',
  async (prefix) => {
    const { context, page } = await phonePage(browser);
    const late: string[] = [];
    for (const id of guides) {
      await page.goto(`${appUrl}${prefix}/scenarios/${id}`);
      const control = page.locator('form .field').first();
      await control.waitFor();
      const box = await control.boundingBox();
      // The question's label and the top of its control are in view before any scrolling.
      if (!box || box.y + Math.min(box.height, 80) > 844) late.push(`${id} at ${box?.y}px`);
      const lines = await page.locator('.progress-step').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines, `${id}: step count on one line`).toBe(1);
    }
    expect(late).toEqual([]);
    await context.close();
  },
);

test('the draft shows at its full height, with one primary way to send it', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
  const body = page.getByLabel('Message');
  const { scrollHeight, clientHeight } = await body.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 2);
  await body.fill(`${await body.inputValue()}\n\n${'One more line of my own.\n'.repeat(12)}`);
  const grown = await body.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(grown).toBeLessThanOrEqual(2);

  const sendActions = page.locator('.draft-actions .button:visible');
  expect(await sendActions.allInnerTexts()).toEqual(['Copy message']);
  await page.getByText('More ways to send').click();
  expect(await sendActions.count()).toBe(6);
  await context.close();
});

test('home, a guide step and the draft pass axe in dark mode', async () => {
  const { context, page } = await phonePage(browser, { colorScheme: 'dark' });
  await page.goto(appUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(251, 249, 244)');
  await expectNoAxeViolations(page);
  await page.goto(`${appUrl}/scenarios/raise-concern`);
  await page.locator('form .field').first().waitFor();
  await page.getByText('How this guide works').click();
  await expectNoAxeViolations(page);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
  await expectNoAxeViolations(page);
  await context.close();
});
