/** A newcomer writes the introduction email in Chromium, by keyboard, on a phone. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import examples from '../../content/en/scenarios/first-week-intro/examples.json';
import {
  appUrl,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  launchBrowser,
  phonePage,
  storedAnswers,
  tabTo,
} from './browser';
import { writeExampleIntroduction } from './example-introduction';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Types into a field reached by Tab, then checks the screen with axe. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  await tabTo(page, page.getByLabel(label));
  await page.keyboard.type(text);
}

async function pressContinue(page: Page, name = 'Continue') {
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

test('keyboard only: from the home page to a draft naming the child and the teacher', async () => {
  const { context, page, requests, errors } = await phonePage(browser);
  await page.goto(appUrl);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: /Introduce your family/ }));
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page).textContent()).toBe('Who is writing, and about whom?');

  // Continuing with nothing filled in shows the problems, which must be accessible too.
  await pressContinue(page);
  await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
  await expectNoAxeViolations(page);

  await typeInto(page, 'Your name', examples.parentName);
  await typeInto(page, "Your child's first name", examples.childName);
  await pressContinue(page);
  await expect.poll(() => heading(page).textContent()).toBe('Who is the teacher?');

  await typeInto(page, /How you'll greet the teacher/, examples.teacherName);
  await typeInto(page, /The teacher's email address/, examples.teacherEmail);
  await pressContinue(page);

  await typeInto(page, /lights up/, examples.interests);
  await typeInto(page, /What your child is good at/, examples.strengths);
  await pressContinue(page);

  await typeInto(page, /What tends to help at home/, examples.whatWorks);
  await pressContinue(page);

  await expect.poll(() => heading(page).textContent()).toMatch(/learning difference/);
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await pressContinue(page);

  await typeInto(page, /What the teacher should know/, examples.supportDetails);
  await pressContinue(page);
  await expect.poll(() => heading(page).textContent()).toBe('Offer to work together');
  await pressContinue(page, 'Review my answers');

  await expect.poll(() => heading(page).textContent()).toBe('Check your answers');
  await pressContinue(page, 'Write my draft');

  await expect.poll(() => heading(page).textContent()).toBe('Your draft');
  await expectNoAxeViolations(page);
  const body = await page.getByLabel('Message').inputValue();
  expect(body).toMatch(/^Dear Ms\. Rivera,/);
  expect(body).toContain('Maya lights up when it comes to animals');
  expect(await page.getByLabel('Subject').inputValue()).toBe('Introducing Maya');

  await page.getByText('More ways to send').focus();
  await page.keyboard.press('Enter');
  const mailto = await page.getByRole('link', { name: 'Open in my mail app' }).getAttribute('href');
  expect(mailto).toMatch(
    /^mailto:m\.rivera@example\.org\?subject=Introducing%20Maya&body=Dear%20Ms\.%20Rivera/,
  );

  expect(errors).toEqual([]);
  expectOnlyOwnOrigin(requests, new URL(appUrl).origin);
  await context.close();
});

test('a reload mid-flow resumes at the same step with every answer', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await page.getByLabel('Your name').fill('Dana');
  await page.getByLabel("Your child's first name").fill('Sam');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel(/How you'll greet the teacher/).fill('Mr. Chen');
  await expect
    .poll(async () => (await storedAnswers(page, 'first-week-intro')).teacherName)
    .toBe('Mr. Chen');
  await page.getByText('Saved on this device', { exact: true }).waitFor();

  await page.reload();
  await expect.poll(() => heading(page).textContent()).toBe('Who is the teacher?');
  expect(await page.getByLabel(/How you'll greet the teacher/).inputValue()).toBe('Mr. Chen');
  await page.getByRole('button', { name: 'Back' }).click();
  expect(await page.getByLabel("Your child's first name").inputValue()).toBe('Sam');

  await page.goto(appUrl);
  await page.getByText('In progress: continue where you left off').waitFor();
  await context.close();
});

async function openExampleDraft(page: Page) {
  await page.goto(`${appUrl}/scenarios/first-week-intro`);
  await writeExampleIntroduction(page);
}

test('copy puts the message on the clipboard, and both downloads hold the draft', async () => {
  const { context, page } = await phonePage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await openExampleDraft(page);
  await page.getByLabel('Message').fill('Dear Ms. Rivera,\n\nA line of my own & more? #1');
  await page.getByRole('button', { name: 'Copy message' }).click();
  await page.getByText('Message copied').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Dear Ms. Rivera,\n\nA line of my own & more? #1',
  );

  // One primary way to send; the others wait under "More ways to send".
  expect(await page.getByRole('button', { name: 'Download .txt' }).isVisible()).toBe(false);
  await page.getByText('More ways to send').click();
  const [txt] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .txt' }).click(),
  ]);
  expect(txt.suggestedFilename()).toBe('introducing-maya.txt');
  expect(await readFile(await txt.path(), 'utf8')).toBe(
    'Subject: Introducing Maya\n\nDear Ms. Rivera,\n\nA line of my own & more? #1\n',
  );

  const [eml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .eml' }).click(),
  ]);
  expect(eml.suggestedFilename()).toBe('introducing-maya.eml');
  const message = await readFile(await eml.path(), 'utf8');
  expect(message).toMatch(/^To: m\.rivera@example\.org\r\nSubject: Introducing Maya\r\n/);
  expect(message).toContain('\r\n\r\nDear Ms. Rivera,\r\n\r\nA line of my own & more? #1\r\n');
  await context.close();
});

test('a print of the draft shows the message and none of the controls', async () => {
  const { context, page } = await phonePage(browser);
  await openExampleDraft(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByText('Subject: Introducing Maya').isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Copy message' }).isVisible()).toBe(false);
  expect(await page.getByRole('banner').isVisible()).toBe(false);
  await context.close();
});
