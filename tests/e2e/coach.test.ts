/** A parent coach runs a one-scenario session and hands the family a packet that works at home. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import examples from '../../content/en/scenarios/first-week-intro/examples.json';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage } from './browser';
import { writeExampleIntroduction } from './example-introduction';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('a coach runs a session for one family, and the family continues at home from the packet', async () => {
  const coach = await phonePage(browser, { viewport: { width: 1024, height: 800 } });
  const page = coach.page;
  await page.goto(`${appUrl}/coach`);
  await page.getByRole('heading', { level: 1, name: 'For parent coaches' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Turn coach mode on' }).click();
  await page.getByText('Coach mode is on').waitFor();

  await page.getByLabel('Add a family').fill('Okafor family');
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByText('Family: Okafor family').waitFor();
  await page.getByRole('button', { name: 'Start a session' }).click();
  await page.getByLabel('Introduce your family to a new teacher').check();
  await page.getByLabel('Rehearse: Raise the missed recess').check();
  await page
    .getByLabel('Next steps the family takes home')
    .fill('Send the introduction by Friday.');
  await page.getByLabel('Your notes (only you see these)').fill('Dana worries about the 504 plan.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.getByText('Session saved.').waitFor();
  expect(
    await page
      .getByRole('link', { name: 'Rehearse: Raise the missed recess' })
      .getAttribute('href'),
  ).toBe('/rehearsals/missed-recess');

  await page.getByRole('link', { name: 'Introduce your family to a new teacher' }).click();
  await page.getByText('For the coach').first().waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Presentation view for screen sharing' }).click();
  expect(await page.getByText('For the coach').first().isVisible()).toBe(false);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Leave presentation view' }).click();
  await writeExampleIntroduction(page);
  const message = await page.getByLabel('Message').inputValue();
  await page.getByText('Saved on this device', { exact: true }).waitFor();

  await page.goto(`${appUrl}/coach`);
  await page.getByRole('heading', { name: 'Drafts worked on' }).waitFor();
  await page.getByText(`Subject: Introducing ${examples.childName}`).waitFor();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the family’s file' }).click(),
  ]);
  // The coach's downloads go when the coach's browser closes; the family gets a copy.
  const packet = join(tmpdir(), `cg-packet-${Date.now()}.json`);
  await download.saveAs(packet);

  // Nothing from this family shows in the coach's own workspace.
  await page.getByRole('button', { name: 'Switch to your own workspace' }).click();
  await page.getByText('Your own workspace').first().waitFor();
  await page.goto(`${appUrl}/records`);
  await page.getByText('No children added yet.').waitFor();
  await page.goto(`${appUrl}/`);
  expect(await page.getByText('In progress').count()).toBe(0);
  await coach.context.close();

  const family = await phonePage(browser);
  await family.page.goto(`${appUrl}/records`);
  await family.page.getByLabel('Restore from a backup file').setInputFiles(packet);
  await family.page.getByRole('button', { name: 'Add to my records' }).click();
  await family.page.getByText('Backup added to your records.').waitFor();
  await family.page.goto(`${appUrl}/scenarios/first-week-intro`);
  await family.page.getByRole('button', { name: 'Continue this draft' }).click();
  await family.page.getByRole('heading', { level: 1, name: 'Your draft' }).waitFor();
  expect(await family.page.getByLabel('Message').inputValue()).toBe(message);
  await family.context.close();
});

test('presentation view starts at the top of the guide and never shows a coach note, on any step', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${appUrl}/coach`);
  await page.getByRole('button', { name: 'Turn coach mode on' }).click();
  await page.goto(`${appUrl}/scenarios/raise-concern`);
  await page.getByText('For the coach').first().waitFor();
  // Watch every change to the page, so a note shown for a single frame is caught too.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { coachNotesSeen: string[] }).coachNotesSeen = seen;
    const look = () => {
      if (document.documentElement.dataset.present !== 'on') return;
      for (const note of document.querySelectorAll('.coach-note'))
        if ((note as HTMLElement).offsetParent !== null) seen.push(note.textContent ?? '');
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    const frame = () => {
      look();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const toggle = page.getByRole('button', { name: 'Presentation view for screen sharing' });
  const heading = page.getByRole('heading', { level: 1 });
  expect((await toggle.boundingBox())!.y).toBeLessThan((await heading.boundingBox())!.y);
  await toggle.click();
  await page.getByLabel('In a few words, what is on your mind?').fill('missed recess');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Who is writing, and to whom?' }).waitFor();
  expect(await page.locator('.coach-note').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { coachNotesSeen?: string[] }).coachNotesSeen),
  ).toEqual([]);
  await page.reload();
  await page.getByRole('button', { name: 'Leave presentation view' }).waitFor();
  expect(await page.locator('.coach-note').count()).toBe(0);
  await page.getByRole('button', { name: 'Leave presentation view' }).click();
  await page.getByText('For the coach').first().waitFor();
  await context.close();
});

test('the printed packet opens on a cover: the family, the coach, the day in words, the agenda', async () => {
  const { context, page } = await phonePage(browser, { viewport: { width: 1024, height: 800 } });
  await page.goto(`${appUrl}/coach`);
  await page.getByRole('button', { name: 'Turn coach mode on' }).click();
  await page.getByLabel('Your name, for the packet cover').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Save my name' }).click();
  await page.getByText('Saved. It will be on every packet cover.').waitFor();
  await page.getByLabel('Add a family').fill('Okafor family');
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByRole('button', { name: 'Start a session' }).click();
  await page.getByLabel('Introduce your family to a new teacher').check();
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.getByText('Session saved.').waitFor();

  const cover = page.locator('.packet-cover');
  expect(await cover.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  const text = await cover.innerText();
  expect(text).toContain('For Okafor family');
  expect(text).toContain('Prepared with Jordan Lee');
  expect(text).toMatch(/Session of \w+ \d{1,2}, \d{4}/);
  expect(text).toContain('Introduce your family to a new teacher');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await context.close();
});

test('a family can be renamed, and deleted after a confirm that offers its file first', async () => {
  const { context, page } = await phonePage(browser, { viewport: { width: 1024, height: 800 } });
  await page.goto(`${appUrl}/coach`);
  await page.getByRole('button', { name: 'Turn coach mode on' }).click();
  await page.getByLabel('Add a family').fill('Okafor family');
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByText('Family: Okafor family').waitFor();

  await page.getByRole('button', { name: 'Rename Okafor family' }).click();
  await page.getByLabel('New name for Okafor family').fill('Okafor-Ruiz family');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await page.getByText('Family: Okafor-Ruiz family').waitFor();

  await page.getByRole('button', { name: 'Delete Okafor-Ruiz family' }).click();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the family's file first" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^common-ground-okafor-ruiz-family/i);
  await page.getByRole('button', { name: 'Yes, delete this family' }).click();
  await page.getByText('Your own workspace (open now)').waitFor();
  expect(await page.getByText('Okafor-Ruiz family').count()).toBe(0);
  await context.close();
});
