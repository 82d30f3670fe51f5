/** The glossary as a parent uses it: a short answer first, an A–Z index, a filter box. */
import type { Browser } from 'playwright-core';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test.each([
  ['', 'evaluation', 'Psychoeducational evaluation'],
  ['/es', 'evaluacion', 'Evaluación psicoeducativa'],
])(
  'every entry opens on a short answer; the filter and the index find a term (%s)',
  async (prefix, typed, term) => {
    const { context, page } = await phonePage(browser);
    await page.goto(`${appUrl}${prefix}/glossary`);
    const entries = page.locator('.reference-entry');
    await entries.first().waitFor();
    const total = await entries.count();
    // The first thing under every term is its plain answer, of at most two sentences.
    const answers = await page.$$eval('.reference-entry dd', (dds) =>
      dds.map((dd) =>
        dd.firstElementChild?.className === 'answer' ? dd.firstElementChild.textContent : null,
      ),
    );
    expect(answers.filter((answer) => !answer)).toEqual([]);
    for (const answer of answers)
      expect(
        (answer ?? '').split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length,
      ).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page);

    const index = page.getByRole('navigation', { name: /letter|letra/ });
    await index.getByRole('link', { name: 'P', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#letter-P');

    await page.getByRole('searchbox').fill(typed);
    await expect.poll(() => entries.count()).toBeLessThan(total);
    await page.getByText(term, { exact: false }).first().waitFor();
    await page.getByRole('searchbox').fill('zzzz');
    await expect.poll(() => entries.count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'zzzz' }).waitFor();
    await context.close();
  },
);
