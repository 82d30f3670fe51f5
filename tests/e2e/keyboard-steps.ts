/** Answering a guide's step by keyboard alone, as every-scenario tests do in each language. */
import type { Page } from 'playwright-core';
import type { Answers, FieldSpec } from '../../src/lib/fields/field-spec';
import type { StepFrontmatter } from '../../src/scenarios/content-types';
import { tabTo } from './browser';

/** A label as the start of an accessible name (a field's name also holds its hint mark). */
export const exact = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** Fills each field of a step from `answers`: radios with arrow keys, the rest by typing. */
export async function answerByKeyboard(
  page: Page,
  fields: readonly FieldSpec[],
  words: StepFrontmatter | undefined,
  answers: Answers,
) {
  for (const field of fields) {
    const value = answers[field.name] ?? '';
    const fieldWords = words?.fields[field.name];
    if (field.kind === 'choice') {
      const option = fieldWords?.options?.[value] ?? value;
      const position = field.options?.indexOf(value) ?? 0;
      const group = page.getByRole('group', { name: exact(fieldWords?.label ?? field.name) });
      await tabTo(page, group.getByRole('radio').first());
      // Arrow keys move through a radio group and select as they go.
      if (position === 0) await page.keyboard.press('Space');
      for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
      expect(await group.getByRole('radio', { name: option, exact: true }).isChecked()).toBe(true);
    } else if (field.kind === 'date') {
      // A date control takes its parts as typed digits, month first in en-US.
      const [year, month, day] = value.split('-');
      await tabTo(page, page.getByLabel(exact(fieldWords?.label ?? field.name)));
      await page.keyboard.type(`${month}${day}${year}`);
    } else {
      await tabTo(page, page.getByLabel(exact(fieldWords?.label ?? field.name)));
      await page.keyboard.insertText(value);
    }
  }
}
