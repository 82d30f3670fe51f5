/**
 * Switching language in the middle of a guide: the same step opens in the other language
 * with every answer kept (the ones on earlier steps and the one being typed), and back.
 */
import type { Browser, Page } from 'playwright-core';
import { loadScenarioContent } from '../../src/scenarios/content';
import type { ScenarioContent } from '../../src/scenarios/content-types';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';

const ID = 'raise-concern';
const words = {
  en: await loadScenarioContent(ID, 'en'),
  es: await loadScenarioContent(ID, 'es'),
};
const step = (content: ScenarioContent, id: string) => {
  const frontmatter = content.steps[id]?.frontmatter;
  if (!frontmatter) throw new Error(`No step ${id}`);
  return {
    title: frontmatter.title,
    label: (field: string) => frontmatter.fields[field]?.label ?? field,
    option: (field: string, value: string) => frontmatter.fields[field]?.options?.[value] ?? value,
  };
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

test('switching to Español mid-guide keeps the step and every answer, and so does switching back', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/${ID}`);
  const en = { pause: step(words.en, 'pause'), about: step(words.en, 'about-you') };
  const enSpecifics = step(words.en, 'specifics');

  await heading(page, en.pause.title);
  await page.getByLabel(en.pause.label('concern')).fill('missed recess on Tuesday');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await heading(page, en.about.title);
  await page.getByLabel(en.about.label('parentName'), { exact: true }).fill('Dana');
  await page.getByLabel(en.about.label('childName')).fill('Leo');
  await page.getByLabel(en.about.label('teacherName')).fill('Ms. Rivera');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await heading(page, step(words.en, 'child-account').title);
  await page.getByLabel(step(words.en, 'child-account').label('childSaid')).fill('He was sad.');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // Half answered: a choice made and a sentence typed, and the page left at once.
  await heading(page, enSpecifics.title);
  await page.getByLabel(enSpecifics.option('frequency', 'pattern')).check();
  await page.getByLabel(enSpecifics.label('whatHappened')).fill('Three notes home this month');
  await page.getByRole('link', { name: 'Español' }).click();

  const es = step(words.es, 'specifics');
  await heading(page, es.title);
  // The same draft, not the list of drafts: the address still names it.
  expect(new URL(page.url()).pathname).toBe(`/es/scenarios/${ID}`);
  expect(new URL(page.url()).searchParams.get('draft')).toBe(ID);
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  expect(await page.getByLabel(es.option('frequency', 'pattern')).isChecked()).toBe(true);
  expect(await page.getByLabel(es.label('whatHappened')).inputValue()).toBe(
    'Three notes home this month',
  );
  await expectNoAxeViolations(page);

  // The earlier steps, in Spanish, with what was typed in English.
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await heading(page, step(words.es, 'child-account').title);
  expect(
    await page.getByLabel(step(words.es, 'child-account').label('childSaid')).inputValue(),
  ).toBe('He was sad.');
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  const esAbout = step(words.es, 'about-you');
  await heading(page, esAbout.title);
  expect(await page.getByLabel(esAbout.label('parentName'), { exact: true }).inputValue()).toBe(
    'Dana',
  );
  expect(await page.getByLabel(esAbout.label('childName')).inputValue()).toBe('Leo');
  expect(await page.getByLabel(esAbout.label('teacherName')).inputValue()).toBe('Ms. Rivera');
  await page.getByRole('button', { name: 'Continuar', exact: true }).click();
  await page.getByRole('button', { name: 'Continuar', exact: true }).click();
  await heading(page, es.title);

  // And back to English, on the same step, with nothing lost.
  await page.getByRole('link', { name: 'English' }).click();
  await heading(page, enSpecifics.title);
  expect(new URL(page.url()).pathname).toBe(`/scenarios/${ID}`);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByLabel(enSpecifics.option('frequency', 'pattern')).isChecked()).toBe(true);
  expect(await page.getByLabel(enSpecifics.label('whatHappened')).inputValue()).toBe(
    'Three notes home this month',
  );
  expect(errors).toEqual([]);
  await context.close();
});
