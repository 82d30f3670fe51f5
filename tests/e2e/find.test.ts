/** Finding help from the home page: the search combobox, the glossary and the reframes. */
import type { Browser } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, tabTo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('a parent types their situation, picks a suggestion with the keyboard, and lands in the guide', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(appUrl);
  const box = page.getByRole('combobox', { name: /Describe what’s happening/ });
  await tabTo(page, box);
  await page.keyboard.type('teacher took away recess');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await page.getByText(/Step 1 of/).waitFor();
  expect(page.url()).toContain('/scenarios/raise-concern');
  expect(errors).toEqual([]);
  await context.close();
});

test('a glossary term found by search opens at its entry', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(appUrl);
  await page.getByRole('combobox').fill('individualized education program');
  await page.getByRole('option', { name: /IEP/ }).first().click();
  await page.getByRole('heading', { level: 1, name: 'School terms in plain words' }).waitFor();
  expect(page.url()).toContain('/glossary#iep');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('iep');
  await expectNoAxeViolations(page);
  await context.close();
});

test('the phrase bank is readable and accessible', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/phrases`);
  await page.getByRole('heading', { level: 1, name: 'Calmer ways to say hard things' }).waitFor();
  expect(await page.getByText('Instead of').count()).toBeGreaterThanOrEqual(40);
  await expectNoAxeViolations(page);
  await context.close();
});
