/**
 * Follow-ups into the parent's calendar: the records page and a finished meeting follow-up
 * offer .ics files that a calendar reads as an all-day event on the follow-up's day.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, Locator, Page } from 'playwright-core';
import esMessages from '../../content/es/ui/messages.json';
import { briefly } from '../../src/lib/calendar-file';
import { today } from '../../src/lib/dates';
import { formatDay } from '../../src/lib/i18n/format';
import { loadAllScenarios } from '../support/scenarios';
import { appUrl, expectNoAxeViolations, launchBrowser, phonePage, tabTo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A day `days` from today on this machine's calendar (the browser shares its clock). */
const dayFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return today(date);
};

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

interface ReadEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
}

/** Downloads what `button` offers and reads it as a calendar app would. */
async function calendarFrom(page: Page, press: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  const text = await readFile(await download.path(), 'utf8');
  // RFC 5545: CRLF after every line, none longer than 75 octets.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ReadEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true);
    const trigger = vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(String(trigger)).toBe('-PT15H');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
    };
  });
  return { fileName: download.suggestedFilename(), events };
}

async function expectTarget(button: Locator) {
  const box = await button.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
}

async function logConversation(page: Page, date: string, who: string, what: string, by: string) {
  await page.getByRole('button', { name: 'Add a conversation' }).click();
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Who you talked with').fill(who);
  await page.getByLabel('What was discussed').fill(what);
  await page.getByLabel('Follow up by').fill(by);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(what).waitFor();
}

test('a follow-up on the records page goes into the calendar on its day, in English and Spanish', async () => {
  const { context, page, errors } = await phonePage(browser);
  const soon = dayFromToday(7);
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  await logConversation(
    page,
    dayFromToday(-3),
    'Ms. Rivera',
    'Recess, lunch; and finishing work.',
    soon,
  );
  await logConversation(page, dayFromToday(-20), 'Mr. Osei', 'Reading group', dayFromToday(-10));

  // Only the follow-up still ahead is offered; the overdue one is not.
  const add = page.getByRole('button', {
    name: `Add to calendar: follow-up with Ms. Rivera on ${formatDay(soon, 'en')}`,
  });
  await add.waitFor();
  expect(await page.getByRole('button', { name: /^Add to calendar/ }).count()).toBe(1);
  await expectTarget(add);
  await expectNoAxeViolations(page);

  // By keyboard: Tab to it and press Enter.
  await tabTo(page, add);
  const one = await calendarFrom(page, () => page.keyboard.press('Enter'));
  expect(one.fileName).toBe(`follow-up-${soon}.ics`);
  expect(one.events).toEqual([
    {
      uid: expect.stringMatching(/@common-ground$/) as string,
      summary: 'Follow up with Ms. Rivera: Recess, lunch; and finishing work.',
      start: soon,
      end: dayFromToday(8),
    },
  ]);

  const all = page.getByRole('button', { name: 'Add the upcoming follow-up to your calendar' });
  await expectTarget(all);
  const upcoming = await calendarFrom(page, () => all.click());
  expect(upcoming.fileName).toBe('follow-ups.ics');
  expect(upcoming.events).toEqual(one.events);

  await page.goto(`${appUrl}/es/records`);
  await page.getByRole('heading', { level: 1, name: esMessages.records.title }).waitFor();
  const agregar = page.getByRole('button', {
    name: `Agregar al calendario: seguimiento con Ms. Rivera el ${formatDay(soon, 'es')}`,
  });
  await expectNoAxeViolations(page);
  const spanish = await calendarFrom(page, () => agregar.click());
  expect(spanish.fileName).toBe(`seguimiento-${soon}.ics`);
  expect(spanish.events.map((event) => [event.summary, event.start])).toEqual([
    ['Seguimiento con Ms. Rivera: Recess, lunch; and finishing work.', soon],
  ]);
  await page
    .getByRole('button', { name: 'Agregar el próximo seguimiento a su calendario' })
    .waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('the meeting follow-up’s draft offers its next check-in for the calendar', async () => {
  const loaded = (await loadAllScenarios()).find(
    ({ scenario }) => scenario.id === 'meeting-follow-up',
  );
  if (!loaded) throw new Error('The meeting follow-up guide is registered');
  const { scenario, content } = loaded;
  const checkIn = dayFromToday(14);
  const answers: Record<string, string> = {
    ...content.examples,
    meetingDate: today(),
    followUpDate: checkIn,
  };
  const { context, page, errors } = await phonePage(browser);
  await page.goto(`${appUrl}/scenarios/meeting-follow-up`);
  const path = scenario.pathFor(answers);
  for (const [index, step] of path.entries()) {
    const words = content.steps[step.id]?.frontmatter;
    await page.getByRole('heading', { level: 1, name: words?.title }).waitFor();
    for (const field of step.fields) {
      const value = answers[field.name] ?? '';
      const label = words?.fields[field.name]?.label ?? field.name;
      if (field.kind === 'choice') {
        const group = page.getByRole('group', { name: startsWith(label) });
        await group
          .getByRole('radio', { name: words?.fields[field.name]?.options?.[value] })
          .check();
      } else {
        await page.getByLabel(startsWith(label)).fill(value);
      }
    }
    const next = index === path.length - 1 ? 'Review my answers' : 'Continue';
    await page.getByRole('button', { name: next, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Write my draft' }).click();
  await page
    .getByRole('heading', { level: 2, name: 'Put the follow-up in your calendar' })
    .waitFor();
  await expectNoAxeViolations(page);

  const add = page.getByRole('button', {
    name: `Add to calendar: follow-up with ${answers.teacherName} on ${formatDay(checkIn, 'en')}`,
  });
  await expectTarget(add);
  const file = await calendarFrom(page, () => add.click());
  expect(file.events).toEqual([
    {
      uid: expect.stringMatching(/^meeting-follow-up.*-follow-up@common-ground$/) as string,
      summary: `Follow up with ${answers.teacherName}: ${briefly(answers.summary ?? '')}`,
      start: checkIn,
      end: dayFromToday(15),
    },
  ]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a coach’s session lists the family’s follow-ups, each ready for the calendar', async () => {
  const { context, page, errors } = await phonePage(browser);
  const soon = dayFromToday(5);
  await page.goto(`${appUrl}/coach`);
  await page.getByLabel('Add a family').fill('Okafor family');
  await page.getByRole('button', { name: 'Add and switch to this family' }).click();
  await page.getByText('Family: Okafor family').waitFor();
  await page.goto(`${appUrl}/records`);
  await page.getByRole('heading', { level: 1, name: 'Your records' }).waitFor();
  await logConversation(page, today(), 'Mr. Osei', 'Check-in sheet', soon);

  await page.goto(`${appUrl}/coach`);
  await page.getByRole('button', { name: 'Start a session' }).click();
  const add = page.getByRole('button', {
    name: `Add to calendar: follow-up with Mr. Osei on ${formatDay(soon, 'en')}`,
  });
  await expectTarget(add);
  await expectNoAxeViolations(page);
  const file = await calendarFrom(page, () => add.click());
  expect(file.events.map((event) => [event.summary, event.start])).toEqual([
    ['Follow up with Mr. Osei: Check-in sheet', soon],
  ]);

  // The session's own next check-in: a day before the session is refused, a later one kept.
  const checkIn = page.getByLabel('Next check-in (optional)');
  await checkIn.fill(dayFromToday(-1));
  await page.getByRole('button', { name: 'Save the session' }).click();
  await expect
    .poll(() => page.getByRole('status').allTextContents())
    .toContainEqual(expect.stringContaining('Choose a day on or after the session.'));
  const later = dayFromToday(14);
  await checkIn.fill(later);
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.getByText('Session saved.').waitFor();
  const addCheckIn = page.getByRole('button', {
    name: `Add to calendar: follow-up with Okafor family on ${formatDay(later, 'en')}`,
  });
  await expectTarget(addCheckIn);
  await expectNoAxeViolations(page);
  const session = await calendarFrom(page, () => addCheckIn.click());
  expect(session.events.map((event) => [event.summary, event.start])).toEqual([
    ['Follow up with Okafor family: next coaching check-in', later],
  ]);
  expect(errors).toEqual([]);
  await context.close();
});
