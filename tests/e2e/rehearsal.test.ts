/** A parent rehearses a conversation in Chromium, by keyboard only, on a phone. */
import type { Browser, Page } from 'playwright-core';
import {
  appUrl,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
  tabTo,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const notes = (page: Page) => page.getByRole('log').getByRole('note');

/** Chooses a written line by keyboard and says it. */
async function sayLine(page: Page, line: RegExp) {
  await tabTo(page, page.getByRole('radio', { name: line }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Say it' }));
  await page.keyboard.press('Enter');
}

test('keyboard only: choose a rehearsal and a teacher, talk it through, read the debrief', async () => {
  const { context, page, requests, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/rehearsals`);
  await expect.poll(() => heading(page).textContent()).toBe('Rehearse a conversation');
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('radio', { name: /Raise the missed recess/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: /Pick one for me/ }));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  expect(await page.getByRole('radio', { name: /^Receptive/ }).isChecked()).toBe(true);
  await tabTo(page, page.getByRole('button', { name: 'Start the rehearsal' }));
  await page.keyboard.press('Enter');

  await expect.poll(() => heading(page).textContent()).toBe('Raise the missed recess');
  await page.getByText('with a receptive teacher').waitFor();
  await expectNoAxeViolations(page);
  expect(new URL(page.url()).search).toBe('');

  await sayLine(page, /Thanks for making time/);
  await expect.poll(() => notes(page).count()).toBe(1);
  await expect.poll(() => notes(page).last().textContent()).toContain('That landed well.');
  await expectNoAxeViolations(page);

  await sayLine(page, /particular part of the math lesson/);
  await expect.poll(() => notes(page).count()).toBe(2);

  // In the parent's own words: from the first line, down to the last choice.
  await tabTo(page, page.getByRole('radio', { name: /quiet signal from you/ }));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: /in my own words/ }).isChecked()).toBe(true);
  await tabTo(page, page.getByRole('textbox', { name: 'What you would say' }));
  await page.keyboard.type(
    'Could we try a quiet signal when he gets chatty? I can practise taking turns with him at home.',
  );
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Say it' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => notes(page).count()).toBe(3);
  await expect
    .poll(() => notes(page).last().getByRole('list', { name: 'Strategy checks' }).textContent())
    .toContain('You suggested something to try.');

  await sayLine(page, /I know you have a whole class to think about/);

  await expect
    .poll(() => heading(page).textContent())
    .toBe('You left with a plan you both agreed on');
  await page.getByRole('heading', { name: 'What worked' }).waitFor();
  expect(
    await page.getByText(/I can practise taking turns with him at home/).count(),
  ).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('button', { name: 'With a defensive teacher' }), 120);
  await page.keyboard.press('Enter');
  await page.getByText('with a defensive teacher').waitFor();
  await expectNoAxeViolations(page);

  expect(errors).toEqual([]);
  expectOnlyOwnOrigin(requests, new URL(appUrl).origin);
  await context.close();
});

test('a reload mid-conversation resumes with everything said so far', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/rehearsals/behaviour-phone-call?persona=defensive`);
  await page.getByRole('heading', { name: 'Your turn' }).waitFor();
  await page.getByRole('radio', { name: /thanks for your email/ }).check();
  await page.getByRole('button', { name: 'Say it' }).click();
  await page.getByRole('group', { name: /What do you ask or say/ }).waitFor();
  await page.getByText('Saved on this device').waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'Your turn' }).waitFor();
  expect(new URL(page.url()).search).toBe('');
  const log = page.getByRole('log', { name: 'Conversation with Ms. Carter' });
  expect(await log.getByText(/thanks for your email, and for letting me know/).count()).toBe(1);
  expect(await log.getByRole('note').count()).toBe(1);
  await page.getByRole('group', { name: /What do you ask or say/ }).waitFor();
  await page.getByText('with a defensive teacher').waitFor();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  await context.close();
});
