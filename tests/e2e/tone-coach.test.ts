/** The tone coach in the draft editor, as a worried parent on a phone meets it. */
import type { Browser, Page } from 'playwright-core';
import words from '../../content/en/tone/tone.json';
import spanishWords from '../../content/es/tone/tone.json';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, tabTo } from './browser';
import {
  writeExampleIntroduction,
  writeExampleIntroductionInSpanish,
} from './example-introduction';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const message = (page: Page) => page.getByLabel('Message');
const coach = (page: Page) => page.getByRole('region', { name: 'Tone check' });
/** Each finding is a list item with a button to show its phrase in the editor. */
const findings = (page: Page) =>
  coach(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Show me/ }) });

/** Adds a line at the end of the draft by typing, as the parent would. */
async function typeAtEnd(page: Page, text: string) {
  await message(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${text}`);
}

async function openDraft(page: Page) {
  await page.goto(`${appUrl}/scenarios/first-week-intro/`);
  await writeExampleIntroduction(page);
  await expect.poll(() => coach(page).getByRole('status').textContent()).toBe(words.readyMessage);
}

test('"Why did you make my son miss recess?" is explained as it is typed and fixed in one keypress', async () => {
  const { context, page } = await phonePage(browser);
  await openDraft(page);

  await typeAtEnd(page, 'Why did you make my son miss recess?');
  const finding = findings(page);
  // Findings follow typing; once it settles, the whole question is the one finding.
  await expect
    .poll(() => finding.locator('mark').allTextContents())
    .toEqual(['Why did you make my son miss recess?']);
  // The finding is words, not colour: its kind, the phrase quoted, the reason and a rewrite.
  const item = await finding.textContent();
  expect(item).toContain(words.categories['interrogating-why'].name);
  expect(item).toContain(words.categories['interrogating-why'].reason);
  expect(item).toContain(
    'Can you help me understand what happened that led to my son missing recess',
  );
  await expectNoAxeViolations(page);

  await tabTo(page, finding.getByRole('button', { name: 'Use this wording' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => message(page).inputValue())
    .toContain('Can you help me understand what happened that led to my son missing recess?');
  expect(await message(page).inputValue()).not.toContain('Why did you');
  await expect.poll(() => coach(page).getByRole('status').textContent()).toBe(words.readyMessage);
  await context.close();
});

/** The chunk of the Spanish rules and model (vite.config.ts), which only Spanish pages load. */
const isSpanishTone = (url: string) => /\/assets\/tone-es-[\w-]+\.js$/.test(url);

test('an English draft never downloads the Spanish rules', async () => {
  const { context, page, requests } = await phonePage(browser);
  await openDraft(page);
  await typeAtEnd(page, 'You never answer my emails.');
  await expect.poll(() => findings(page).count()).toBe(1);
  expect(requests.filter(isSpanishTone)).toEqual([]);
  await context.close();
});

test('a Spanish draft at /es/ is read in Spanish: Spanish reasons, a Spanish rewrite, calm invitations left alone', async () => {
  const { context, page, requests } = await phonePage(browser, { locale: 'es-US' });
  await page.goto(`${appUrl}/es/scenarios/first-week-intro/`);
  await writeExampleIntroductionInSpanish(page);
  const spanishCoach = page.getByRole('region', { name: 'Revisión del tono' });
  const spanishMessage = page.getByLabel('Mensaje');
  await expect
    .poll(() => spanishCoach.getByRole('status').textContent())
    .toBe(spanishWords.readyMessage);
  expect(requests.some(isSpanishTone)).toBe(true);

  // "¿Por qué no…?" as an invitation, and "nunca" about the child's progress, are calm.
  await spanishMessage.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\n¿Por qué no probamos a sentarla más cerca del pizarrón? Nunca había leído con tanto gusto.',
  );
  await expect
    .poll(() => spanishCoach.getByRole('status').textContent())
    .toBe(spanishWords.readyMessage);

  await page.keyboard.type('\nLe exijo que me llame esta semana.');
  const item = spanishCoach
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Ver en el/ }) });
  await expect.poll(() => item.locator('mark').allTextContents()).toEqual(['Le exijo que']);
  const text = await item.textContent();
  expect(text).toContain(spanishWords.categories.demand.name);
  expect(text).toContain(spanishWords.categories.demand.reason);
  expect(text).toContain('“Le pido que”');
  await expectNoAxeViolations(page);

  await tabTo(page, item.getByRole('button', { name: 'Usar esta redacción' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => spanishMessage.inputValue())
    .toContain('Le pido que me llame esta semana.');
  await expect
    .poll(() => spanishCoach.getByRole('status').textContent())
    .toBe(spanishWords.readyMessage);
  await context.close();
});

test('a jab no rule foresaw is flagged whole and shown in the editor, with advice but no rewrite', async () => {
  const { context, page } = await phonePage(browser);
  await openDraft(page);

  const jab = 'I had to find out from another parent that the trip was cancelled';
  await message(page).fill(`Thanks for the update. ${jab}.`);
  const finding = findings(page);
  await expect.poll(() => finding.locator('mark').allTextContents()).toEqual([jab]);
  expect(await finding.getByRole('button', { name: 'Use this wording' }).count()).toBe(0);

  await tabTo(page, finding.getByRole('button', { name: 'Show me in the message' }));
  await page.keyboard.press('Enter');
  const selected = () =>
    page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return `${area.id}: ${area.value.slice(area.selectionStart ?? 0, area.selectionEnd ?? 0)}`;
    });
  await expect.poll(selected).toBe(`draft-body: ${jab}`);
  await context.close();
});

test('a draft heavy with findings gets the gentle nudge to take a breath', async () => {
  const { context, page } = await phonePage(browser);
  await openDraft(page);

  await message(page).fill(
    'This is UNACCEPTABLE!!! You obviously don’t care about my son. You never answer my emails. ' +
      'Fix this by Friday or my lawyer will be in touch.',
  );
  await expect.poll(() => coach(page).getByText(words.heavyNudge).isVisible()).toBe(true);
  expect(await findings(page).count()).toBeGreaterThanOrEqual(4);
  await expectNoAxeViolations(page);
  await context.close();
});
