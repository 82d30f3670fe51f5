/** Fills the first-week introduction with its example answers, up to the draft. */
import type { Page } from 'playwright-core';
import examples from '../../content/en/scenarios/first-week-intro/examples.json';
import spanish from '../../content/es/scenarios/first-week-intro/examples.json';

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

/** The same, in Spanish at /es/…, with the Spanish example answers. */
export async function writeExampleIntroductionInSpanish(page: Page) {
  const steps: Array<Record<string, string>> = [
    {
      'Su nombre': spanish.parentName,
      'El nombre de su hijo o hija (sin apellidos)': spanish.childName,
    },
    {
      'Cómo va a saludar al docente': spanish.teacherName,
      'El correo electrónico del docente': spanish.teacherEmail,
    },
    {
      'A su hijo o hija le entusiasma': spanish.interests,
      'Lo que su hijo o hija hace bien': spanish.strengths,
    },
    { 'Lo que suele ayudar en casa': spanish.whatWorks },
  ];
  for (const answers of steps) {
    for (const [label, value] of Object.entries(answers)) await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: 'Continuar' }).click();
  }
  await page.getByLabel('No, nada de eso').check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('button', { name: 'Revisar mis respuestas' }).click();
  await page.getByRole('button', { name: 'Escribir mi borrador' }).click();
  await page.getByLabel('Mensaje').waitFor();
}
