/**
 * Nothing a parent types is dropped by a tap or a reload, and dates read as words: what a
 * parent on a 390×844 phone meets on the records page, in a coach session and in a rehearsal.
 */
import type { Browser, Page } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

const isoDay = (offsetDays: number) => {
  const day = new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
};

test('a half-typed child survives opening the contact form, and a reload', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/records`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel("Child's first name").fill('Maya');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ms. Rivera');
  expect(await page.getByLabel("Child's first name").inputValue()).toBe('Maya');

  await page.reload();
  await page.getByLabel("Child's first name").waitFor();
  expect(await page.getByLabel("Child's first name").inputValue()).toBe('Maya');
  expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ms. Rivera');
  await page.getByText('You started this earlier and it is not saved yet.').first().waitFor();
  await expectNoAxeViolations(page);

  // Cancelling typed work asks first; keeping it loses nothing.
  const childForm = page.getByRole('form', { name: 'Add a child' });
  await childForm.getByRole('button', { name: 'Cancel' }).click();
  await childForm.getByRole('button', { name: 'Keep typing' }).click();
  expect(await page.getByLabel("Child's first name").inputValue()).toBe('Maya');
  await childForm.getByRole('button', { name: 'Cancel' }).click();
  await childForm.getByRole('button', { name: 'Yes, discard it' }).click();
  await page.getByRole('button', { name: 'Add a child' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Add a child' }).waitFor();
  expect(await page.getByLabel("Child's first name").count()).toBe(0);
  await context.close();
});

test('a coach session being written survives leaving the page and a reload', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/coach`);
  await page.getByRole('button', { name: 'Turn coach mode on' }).click();
  await page.getByLabel('Add a family').fill('Okafor family');
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByText('Family: Okafor family').waitFor();
  await page.getByRole('button', { name: 'Start a session' }).click();
  await page.getByLabel('Introduce your family to a new teacher').check();
  await page.getByLabel('Your notes (only you see these)').fill('Dana worries about the 504.');

  await page.goto(`${appUrl}/glossary`);
  await page.goto(`${appUrl}/coach`);
  await page.reload();
  const notes = page.getByLabel('Your notes (only you see these)');
  await notes.waitFor();
  expect(await notes.inputValue()).toBe('Dana worries about the 504.');
  expect(await page.getByLabel('Introduce your family to a new teacher').isChecked()).toBe(true);
  await context.close();
});

test('a reply typed in a rehearsal survives a reload', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/rehearsals/missed-recess`);
  await page
    .getByRole('button', { name: /^Start/ })
    .first()
    .click();
  await page.getByLabel('Say it in my own words').check();
  await page.getByLabel('What you would say').fill('Could we talk about Tuesday?');
  await page.reload();
  await page.getByLabel('What you would say').waitFor();
  expect(await page.getByLabel('What you would say').inputValue()).toBe(
    'Could we talk about Tuesday?',
  );
  await context.close();
});

test('follow-ups read as words, overdue ones are marked, and one before its talk is refused', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/records`);
  await page.getByRole('button', { name: 'Add a conversation' }).click();
  await page.getByLabel('Date').fill(isoDay(-20));
  await page.getByLabel('Who you talked with').fill('Ms. Rivera');
  await page.getByLabel('What was discussed').fill('Recess on Tuesdays.');
  await page.getByLabel('Follow up by').fill(isoDay(-25));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText("A follow-up can't be before the conversation it follows.").waitFor();

  await page.getByLabel('Follow up by').fill(isoDay(-6));
  await page.getByRole('button', { name: 'Save' }).click();
  const overdue = page.locator('.log-entry .overdue');
  await overdue.waitFor();
  expect(await overdue.innerText()).toMatch(/^Overdue since \w+day, \w+ \d+.*\(6 days ago\)$/);

  for (const path of ['/records', '/']) {
    await page.goto(`${appUrl}${path}`);
    await page
      .getByText(/Overdue since/)
      .first()
      .waitFor();
    expect(await visibleText(page), path).not.toMatch(ISO_DAY);
  }
  await expectNoAxeViolations(page);

  await page.goto(`${appUrl}/es/records`);
  await page
    .getByText(/Venció el/)
    .first()
    .waitFor();
  expect(await visibleText(page)).toMatch(/hace 6 días/);
  expect(await visibleText(page)).not.toMatch(ISO_DAY);
  await context.close();
});
