/**
 * A Spanish guide's draft written in English, for an English-speaking teacher: the English
 * template with the parent's choices in English and their own words as typed, and a note
 * (in Spanish) that says so. The page's address sets its language when the app's modules
 * load, so they are imported after the address is set.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import examples from '../../content/es/scenarios/first-week-intro/examples.json';

const PATH = '/es/scenarios/first-week-intro?draft=first-week-intro';
window.history.pushState({}, '', PATH);
// The test setup has already read the language from the address it started at.
const { setPageLocale } = await import('../../src/lib/i18n/locale');
setPageLocale('es');

const { App } = await import('../../src/app/app');
const { loadMessages } = await import('../../src/lib/i18n/messages');
const { saveFlow, loadFlow } = await import('../../src/lib/storage/flow-store');
const { default: scenario } = await import('../../src/scenarios/first-week-intro.machine');
await loadMessages('es');

/** Saved progress on the draft, as a parent leaves it after "Write my draft". */
async function saveAtDraft() {
  const actor = createActor(scenario.machine).start();
  for (const [field, value] of Object.entries(examples))
    actor.send({ type: 'answer.set', field, value });
  while (actor.getSnapshot().value !== 'review') actor.send({ type: 'step.next' });
  actor.send({ type: 'review.confirm' });
  expect(actor.getSnapshot().value).toBe('draft');
  await saveFlow(
    { scenarioId: 'first-week-intro', machineVersion: 1, snapshot: actor.getPersistedSnapshot() },
    0,
  );
  actor.stop();
}

const message = () => (screen.getByLabelText('Mensaje') as HTMLTextAreaElement).value;

test('a Spanish draft can be written in English: choices in English, typed words as typed', async () => {
  await saveAtDraft();
  window.history.pushState({}, '', PATH);
  const user = userEvent.setup();
  render(<App />);
  await screen.findByLabelText('Mensaje');
  expect(message()).toMatch(/^Buenos días, maestra Rivera:/);
  expect(screen.queryByRole('note')).not.toBeInTheDocument();

  const languages = screen.getByRole('group', { name: '¿En qué idioma quiere escribir?' });
  expect(within(languages).getByRole('radio', { name: 'Redactar en español' })).toBeChecked();
  await user.click(within(languages).getByRole('radio', { name: 'Redactar en inglés' }));

  await screen.findByDisplayValue(/^Introducing Maya/);
  // The English template, with the "support plan" choice written in English…
  expect(message()).toMatch(/^Dear maestra Rivera,/);
  expect(message()).toContain("I'd also like you to know about Maya's support plan.");
  expect(message()).toContain('Warm regards,\nDaniela Ortiz');
  // …and the parent's own words exactly as typed, in Spanish.
  expect(message()).toContain(examples.supportDetails);
  expect(message()).toContain(examples.strengths);
  expect(screen.getByLabelText('Mensaje')).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('note')).toHaveTextContent(
    /Este mensaje está en inglés\. Las opciones que usted eligió y las fechas aparecen en inglés; lo que escribió con sus propias palabras queda tal como lo escribió/,
  );

  // The choice is kept with the answers: a reload opens the draft in English again.
  await expect
    .poll(async () => {
      const saved = await loadFlow('first-week-intro');
      return saved.kind === 'found'
        ? (saved.record.snapshot as { context: { draftLanguage?: string } }).context.draftLanguage
        : undefined;
    })
    .toBe('en');

  // Once edited, the language stays: changing it would lose the edits.
  await user.type(screen.getByLabelText('Mensaje'), '\nP.S.');
  expect(within(languages).getByRole('radio', { name: 'Redactar en español' })).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Empezar de nuevo con mis respuestas' }));
  await user.click(within(languages).getByRole('radio', { name: 'Redactar en español' }));
  await screen.findByDisplayValue(/^Le presento a Maya/);
  expect(message()).not.toMatch(/^Dear/);
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});
