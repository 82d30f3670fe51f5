/** Fills the first-week introduction with its example answers, up to the draft. */
import type { Page } from 'playwright-core';
import examples from '../../content/en/scenarios/first-week-intro/examples.json';

export async function writeExampleIntroduction(page: Page) {
  const steps: Array<Record<string, string>> = [
    { 'Your name': examples.parentName, "Your child's first name": examples.childName },
    {
      "How you'll greet the teacher": examples.teacherName,
      "The teacher's email address": examples.teacherEmail,
    },
    { 'lights up': examples.interests, 'What your child is good at': examples.strengths },
    { 'What tends to help at home': examples.whatWorks },
  ];
  for (const answers of steps) {
    for (const [label, value] of Object.entries(answers)) await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByLabel('No, nothing like that').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Review my answers' }).click();
  await page.getByRole('button', { name: 'Write my draft' }).click();
  await page.getByLabel('Message').waitFor();
}
