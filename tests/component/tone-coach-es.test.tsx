/** The tone coach on a Spanish draft names what already works, in Spanish. */
import { render, screen, within } from '@testing-library/react';
import es from '../../content/es/tone/tone.json';
import esMessages from '../../content/es/ui/messages.json';
import { ToneCoach, prepareToneCoach } from '../../src/features/guide/tone-coach';
import { setPageLocale } from '../../src/lib/i18n/locale';
import { loadMessages } from '../../src/lib/i18n/messages';
import { MESSAGE_PARTS } from '../../src/lib/i18n/message-parts';

beforeAll(async () => {
  await Promise.all([
    prepareToneCoach('es'),
    ...['core' as const, ...MESSAGE_PARTS].map((part) => loadMessages('es', part)),
  ]);
  setPageLocale('es');
});
afterAll(() => setPageLocale('en'));

function coach(text: string) {
  render(
    <ToneCoach
      parts={[{ name: 'body', label: 'Mensaje', text }]}
      locale="es"
      onApply={() => undefined}
      onShow={() => undefined}
    />,
  );
  const working = screen.getByRole('heading', { name: esMessages.draft.tone.working });
  return within(working.nextElementSibling as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

test('an offer to help and a curious question show as what already works', () => {
  const strengths = coach(
    'Estimada maestra Rivera:\n\n¿Qué ha notado usted en clase? Avíseme si necesita algo de nuestra parte; con gusto le ayudamos en casa.\n\nAtentamente,\nAna',
  );
  expect(strengths).toContain(es.strengths['curious-question']);
  expect(strengths).toContain(es.strengths['offer-to-help']);
});

test('typed on a phone, without accents and with tú, they still show', () => {
  const strengths = coach(
    'hola maestra, que has notado tu en clase? como te puedo ayudar desde la casa?',
  );
  expect(strengths).toContain(es.strengths['curious-question']);
  expect(strengths).toContain(es.strengths['offer-to-help']);
});
