/**
 * A Spanish-speaking parent's typed replies, read in Spanish: the teacher reacts to each as to
 * an English reply of the same kind.
 */
import { judgeReply } from '../../src/rehearsals/judge-reply';
import { loadToneLocale } from '../../src/tone/locale-content';

await loadToneLocale('es');

// The same kind of reply in each language: how it lands, and the checks it passes.
test.each([
  [
    'calm and curious',
    'Could you help me understand what happens at recess?',
    '¿Me podría ayudar a entender qué pasa en el recreo?',
  ],
  [
    'specific',
    'He came home crying after recess on Tuesday and Thursday.',
    'El martes y el jueves llegó llorando después del recreo.',
  ],
  [
    'a plain fact about recess, as the missed-recess rehearsal invites',
    'He has missed recess three times this week.',
    'Se ha quedado sin recreo tres veces esta semana.',
  ],
  [
    'proposing',
    'Could we try a sticker chart for a week?',
    '¿Podríamos probar una tabla de estrellas por una semana?',
  ],
  [
    'acknowledging',
    'I know you have a full class and a lot to juggle.',
    'Sé que tiene una clase muy llena y mucho que atender.',
  ],
  [
    'offering help from home',
    'We can practice the spelling words at home.',
    'Podemos practicar las palabras de ortografía en casa.',
  ],
  ['blaming', "That's not fair, nobody listens to him.", 'No es justo, nadie le hace caso.'],
  [
    'an ultimatum',
    'If this happens again, I will talk to the principal.',
    'Si esto vuelve a pasar, voy a hablar con el director.',
  ],
  ['a demand', 'I want this fixed by Friday.', 'Exijo que lo arreglen para el viernes.'],
  ['polite but vague', 'Okay, thanks.', 'Está bien, gracias.'],
])('%s: the Spanish reply lands as the English one does', (_kind, english, spanish) => {
  const en = judgeReply(english, 'en');
  const es = judgeReply(spanish, 'es');
  expect(es.landing).toBe(en.landing);
  expect(es.qualities).toEqual(en.qualities);
});

test('a calm, curious, specific reply typed on a phone without accents lands well', () => {
  const judged = judgeReply(
    'Gracias por su tiempo, se que tiene muchos ninos. El martes llego llorando despues del recreo. Me podria contar que vio usted? Podemos practicar en casa.',
    'es',
  );
  expect(judged.landing).toBe('good');
  expect(judged.checks).toEqual({
    curious: true,
    specific: true,
    solution: true,
    acknowledges: true,
  });
  expect(judged.findings).toEqual([]);
});

test('a hostile reply typed without accents is still read as one', () => {
  const judged = judgeReply('Por que siempre castigan a mi hijo? No se vale.', 'es');
  expect(judged.landing).toBe('poor');
  expect(judged.qualities).toContain('blaming');
  expect(judged.checks.curious).toBe(false);
});

test('usted and tú read alike', () => {
  expect(judgeReply('¿Qué ha notado usted en clase?', 'es').checks.curious).toBe(true);
  expect(judgeReply('¿Qué has notado tú en clase?', 'es').checks.curious).toBe(true);
  expect(judgeReply('¿Me puedes explicar un poco más?', 'es').landing).toBe('good');
  expect(judgeReply('Quiero que me llames hoy mismo.', 'es').qualities).toContain('demanding');
});

test('“¿Por qué no probamos…?” invites; “¿Por qué no me avisó?” challenges', () => {
  expect(judgeReply('¿Por qué no probamos con el grupo de la mañana?', 'es').landing).toBe('good');
  expect(judgeReply('¿Por qué no me avisó?', 'es').landing).not.toBe('good');
});

test('Spanish replies are not read by the English coach', () => {
  // Read as English, "No es justo" means nothing; read as Spanish, it is blame.
  expect(judgeReply('No es justo.', 'en').qualities).not.toContain('blaming');
  expect(judgeReply('No es justo.', 'es').qualities).toContain('blaming');
});
