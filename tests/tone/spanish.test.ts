/** The tone coach reading Spanish, as a Spanish-speaking parent writing to the school meets it. */
import { tally, precision, recall, trainingSets, figures } from '../../scripts/train-tone';
import { analyzeTone } from '../../src/tone/analyze';
import { loadToneLocale } from '../../src/tone/locale-content';
import { toneWordsFor } from '../../src/tone/words';

await loadToneLocale('es');
const read = (text: string) => analyzeTone(text, { locale: 'es' });

describe('Spanish messages the coach must flag', () => {
  test.each([
    ['Usted nunca me contesta los mensajes.', 'absolute'],
    ['Nunca tiene tiempo para los padres, pero para pedir dinero sí.', 'absolute'],
    ['¿Por qué castigó a mi hija sin recreo?', 'interrogating-why'],
    ['Maestra, ¿por qué no me avisaron que se había lastimado?', 'interrogating-why'],
    ['Exijo que me llamen hoy mismo.', 'demand'],
    ['Déjese de excusas y arréglelo ya.', 'demand'],
    ['Si no me responde hoy, voy directo con la directora.', 'threat'],
    ['Ya hablé con un abogado.', 'threat'],
    ['Mi hijo llegó llorando por su culpa.', 'blame'],
    ['A usted no le importa mi hija.', 'mind-reading'],
    ['Se nota que le tiene manía.', 'mind-reading'],
    ['Es una falta de respeto lo que hicieron.', 'loaded-judgement'],
    ['Tú eres una irresponsable.', 'loaded-judgement'],
    ['¿Acaso usted lee las notas que le mando?', 'sarcasm'],
    ['Gracias por avisarme a última hora, súper útil.', 'sarcasm'],
    ['¡¡NO ES JUSTO LO QUE LE HICIERON!!', 'shouting'],
    ['xq nadie me dijo nada??', 'shouting'],
  ])('"%s" (%s)', (text, category) => {
    const { findings } = read(text);
    expect(findings.map((f) => f.category)).toContain(category);
    // The reason is the Spanish one, never the English.
    for (const f of findings) {
      expect(f.message).toBe(toneWordsFor('es').categories[f.category].reason);
    }
  });

  test.each([
    // The rewrite keeps the register the parent writes in: usted, tú, or neither.
    ['Le exijo que cambie a mi hijo de lugar.', 'Le pido que cambie a mi hijo de lugar.'],
    ['Te exijo que me llames esta semana.', 'Te pido que me llames esta semana.'],
    ['Exijo que me llamen hoy mismo.', 'Quisiera pedir que me llamen hoy mismo.'],
    [
      'Maestra, ¿por qué no me avisaron?',
      'Maestra, ¿cómo puedo enterarme a tiempo la próxima vez?',
    ],
    [
      'Mi hijo llegó llorando por su culpa. ¿Podemos hablar mañana?',
      'Mi hijo llegó llorando. ¿Podemos hablar mañana?',
    ],
  ])('rewrites "%s" as "%s", which reads calm', (text, calm) => {
    const [finding] = read(text).findings;
    expect(finding?.suggestion).toBeDefined();
    const rewritten =
      text.slice(0, finding!.start) + finding!.suggestion + text.slice(finding!.end);
    expect(rewritten).toBe(calm);
    expect(read(rewritten).findings).toEqual([]);
  });

  test('marks a shout but not the acronyms, and says in Spanish what to change', () => {
    const text = 'El TDAH no es excusa, ¡NO LO VUELVAN A CASTIGAR!';
    const shout = read(text).findings.find((f) => f.rule === 'shouting/capitals');
    expect(shout?.text).toBe('NO LO VUELVAN A CASTIGAR');
    // Lowered, the sentence is still a demand, so no one-click rewrite: advice in words.
    expect(shout?.rewrite).toBeUndefined();
    expect(shout?.advice).toMatch(/mayúsculas/);
  });
});

describe('Spanish messages the coach must leave alone', () => {
  test.each([
    // "¿Por qué no…?" inviting the teacher to try something together.
    '¿Por qué no probamos a sentarlo más cerca del pizarrón?',
    '¿Por qué no nos reunimos el jueves para ver cómo ayudarle?',
    '¿Por qué no le damos una semana más y vemos cómo va?',
    // "Nunca" and "siempre" about the child's progress or habits: a worry or a joy.
    'Mi hijo nunca había leído con tanto gusto, ¡gracias!',
    'Siempre le ha costado concentrarse por las tardes.',
    'Me preocupa que nunca quiera hacer la tarea de matemáticas.',
    // A question asked to understand.
    '¿Me podría explicar por qué le bajaron la calificación? Quiero entender para ayudarle en casa.',
    // Rights and deadlines stated firmly, formally.
    'Solicito por escrito una evaluación para mi hijo; entiendo que la escuela tiene 60 días para realizarla.',
    'Me gustaría traer a una defensora de padres a la reunión del IEP.',
    // Acronyms in capitals, the office visited for papers, an apology.
    'El médico confirmó el diagnóstico de TDAH y le mando el informe para el plan 504.',
    'Mañana paso por la dirección a entregar los papeles del seguro.',
    'Disculpe, maestra, se me olvidó firmar la agenda. Mañana sin falta se la mando.',
    // The child's words passed on as a report.
    'Mi hija llegó diciendo "la maestra me regañó feo". ¿Me podría contar qué pasó?',
  ])('"%s"', (text) => {
    expect(read(text).findings.map((f) => `${f.category}: ${f.text}`)).toEqual([]);
  });
});

test('the shipped Spanish coach keeps the labelled Spanish sets above 0.9', () => {
  for (const set of trainingSets('es')) {
    const t = tally(set.messages, undefined, 'es');
    console.info(`${set.name}: ${figures(t)}`);
    expect(precision(t)).toBeGreaterThanOrEqual(0.9);
    expect(recall(t)).toBeGreaterThanOrEqual(0.9);
  }
});
