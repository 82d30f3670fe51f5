/**
 * A Spanish-speaking parent rehearses in Spanish, by keyboard, on a phone: their typed replies
 * are read in Spanish, and the tone coach loads only when they choose to type one.
 */
import type { Browser, Page } from 'playwright-core';
import messages from '../../content/es/ui/messages.json';
import rehearsalWords from '../../content/es/rehearsals/words.json';
import missedRecess from '../../content/es/rehearsals/missed-recess/rehearsal.json';
import { toneChunkFiles } from '../../scripts/route-chunks';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, tabTo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const words = messages.rehearsal;
const toneFiles = toneChunkFiles('dist');
const isTone = (url: string) => toneFiles.has(new URL(url).pathname.slice(1));
const notes = (page: Page) => page.getByRole('log').getByRole('note');

/** By keyboard: the beat's last choice ("in my own words"), the words, then "Say it". */
async function sayInOwnWords(page: Page, beat: number, text: string) {
  await tabTo(page, page.getByRole('radio').first());
  const options = missedRecess.beats[beat]!.options.length;
  for (let i = 0; i < options; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: words.reply.ownWords }).isChecked()).toBe(true);
  await tabTo(page, page.getByRole('textbox', { name: words.reply.whatYouWouldSay }));
  await page.keyboard.type(text);
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: words.reply.say }));
  await page.keyboard.press('Enter');
}

test('typed Spanish replies are read in Spanish: a calm one lands well, a hostile one does not', async () => {
  const { context, page, requests, errors } = await phonePage(browser, { locale: 'es-US' });
  await page.goto(`${appUrl}/es/rehearsals/missed-recess?persona=receptive`);
  await page.getByRole('heading', { name: words.reply.yourTurn }).waitFor();
  await expectNoAxeViolations(page);
  await page.waitForLoadState('networkidle');
  // Playing with the written lines needs no tone code.
  expect(requests.filter(isTone)).toEqual([]);

  await sayInOwnWords(
    page,
    0,
    'Gracias por su tiempo, se que tiene una clase muy llena. Me podria ayudar a entender que pasa en clase?',
  );
  await expect.poll(() => notes(page).count()).toBe(1);
  await expect.poll(() => notes(page).last().textContent()).toContain(rehearsalWords.landings.good);
  expect(requests.some(isTone)).toBe(true);
  await expectNoAxeViolations(page);

  await sayInOwnWords(page, 1, '¿Por qué siempre castigan a mi hijo? Esto no es justo.');
  await expect.poll(() => notes(page).count()).toBe(2);
  const note = notes(page).last();
  await expect.poll(() => note.textContent()).toContain(rehearsalWords.landings.poor);
  // The coach's reason is in Spanish, and a line that would have landed better is offered.
  await expect.poll(() => note.textContent()).toContain(words.betterLine);
  expect(await note.textContent()).not.toMatch(/\b(?:the|you|teacher)\b/i);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  await context.close();
});
