import { compositionWords, composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { answerForms, asName, tidy } from '../../src/scenarios/drafts/tidy-answer';
import type { FieldSpec } from '../../src/lib/fields/field-spec';

const words = compositionWords('en');
const forms = (text: string, shape?: Parameters<typeof answerForms>[3]) =>
  answerForms(text, ['Leo', 'Arjun', 'Sofia'], words, shape);

describe('the drafts hurried parents got before composition (issue 17)', () => {
  const fields: FieldSpec[] = [
    { name: 'teacherName', kind: 'text', required: true, shape: 'name' },
    { name: 'childName', kind: 'text', required: true, shape: 'name' },
    { name: 'concern', kind: 'text', required: true },
    { name: 'interests', kind: 'text', required: true },
    { name: 'supportOffer', kind: 'longtext', required: true, shape: 'action' },
  ];
  const template = [
    'Subject: About {{childName}}',
    '',
    'Dear {{teacherName}},',
    '',
    '{{#concern.phrase}}I’m writing about {{concern.phrase}}.{{/concern.phrase}}{{#concern.clause}}I’m writing because {{concern.clause}}.{{/concern.clause}}',
    '{{#interests.phrase}}{{childName}} lights up when it comes to {{interests.phrase}}.{{/interests.phrase}}{{#interests.several}}{{interests.several}}{{/interests.several}}',
    'I’d like to help from home. {{supportOffer}}',
  ].join('\n');
  const draft = composeDraft(
    template,
    fields,
    {
      teacherName: 'Hi Mr. Okafor,',
      childName: 'Arjun',
      concern: 'Leo missed recess as a punishment',
      interests: 'He loves Minecraft and soccer. drawing and math',
      supportOffer: 'talk to her tonight',
    },
    'en',
  );

  test.each([
    ['Dear Mr. Okafor,', 'Dear Hi Mr. Okafor,'],
    [
      'I’m writing because Leo missed recess as a punishment.',
      'I’m writing about Leo missed recess',
    ],
    ['He loves Minecraft and soccer. Drawing and math.', 'when it comes to He loves'],
    ['I’d like to help from home. I can talk to her tonight.', 'home. talk to her'],
  ])('reads “%s”, never “%s”', (good, bad) => {
    expect(draft.body).toContain(good);
    expect(draft.body).not.toContain(bad);
  });
});

describe('an answer', () => {
  test('is a phrase, a clause or several sentences, never two of these', () => {
    expect(forms('missed recess as a punishment')).toMatchObject({
      phrase: 'missed recess as a punishment',
      clause: '',
      several: '',
    });
    expect(forms('She said Sofia hit a kid at recess.')).toMatchObject({
      phrase: '',
      clause: 'she said Sofia hit a kid at recess',
    });
    expect(forms('homework is too hard').clause).toBe('homework is too hard');
    expect(forms('my son got in trouble again').clause).toBe('my son got in trouble again');
    expect(forms('Reading. Spelling too.').several).toBe('Reading. Spelling too.');
    expect(forms('calm down when she is upset')).toMatchObject({
      todo: 'calm down when she is upset',
      phrase: '',
    });
  });

  test('keeps the first letter of a name, "I" and an acronym when it continues a sentence', () => {
    expect(forms('Minecraft and soccer').phrase).toBe('Minecraft and soccer');
    expect(forms('IEP meetings').phrase).toBe('IEP meetings');
    expect(forms('Reading and spelling').phrase).toBe('reading and spelling');
  });

  test('as sentences starts each with a capital and ends with a mark', () => {
    expect(forms('reading is behind. shes guessing at words').sentences).toBe(
      "Reading is behind. She's guessing at words.",
    );
    expect(forms('he came home upset 😕').sentences).toBe('He came home upset 😕');
  });

  test('that the parent will do something gets its subject', () => {
    expect(forms('can check his folder every night', 'action').sentences).toBe(
      'I can check his folder every night.',
    );
    expect(forms('We will read together', 'action').sentences).toBe('We will read together.');
  });

  test('that is a question gets its question mark', () => {
    expect(forms('what is going on right before she loses recess', 'question').sentences).toBe(
      'What is going on right before she loses recess?',
    );
  });

  test('about when gets the word it needs', () => {
    expect(forms('kindergarten', 'when').phrase).toBe('in kindergarten');
    expect(forms('tuesday at lunch', 'when').phrase).toBe('on Tuesday at lunch');
    expect(forms('after winter break', 'when').phrase).toBe('after winter break');
    expect(forms('3 weeks ago', 'when').phrase).toBe('3 weeks ago');
  });

  test('typed as a dashed list stays a list on its own lines', () => {
    expect(forms('- reading\n- spelling\n- math').sentences).toBe(
      '\n- Reading\n- Spelling\n- Math\n',
    );
    expect(forms('- reading\n- spelling\n- math').inline).toBe('reading, spelling, and math');
  });
});

test.each([
  ['hi mr. okafor,', 'Mr. Okafor'],
  ['MRS. LEE', 'Mrs. Lee'],
  ['ms chen', 'Ms. Chen'],
  ['Dear Mr. Okafor and Dear Mrs. Abernathy', 'Mr. Okafor and Mrs. Abernathy'],
  ['Ms. Ortega (or is it Mrs.? Harper says Ms.)', 'Ms. Ortega'],
  ['Ms. García-López', 'Ms. García-López'],
  ['maría de la cruz', 'María de la Cruz'],
  ['Coach Dave!', 'Coach Dave'],
])('a name typed as “%s” reads “%s”', (typed, name) => {
  expect(asName(tidy(typed, words), words)).toBe(name);
});

test.each([
  ['the the class', 'the class'],
  ['i think so', 'I think so'],
  ['it was fine..', 'it was fine.'],
  ['really!!!', 'really!'],
  ['he dont want to', "he don't want to"],
  ['see you on tuesday ,ok', 'see you on Tuesday, ok'],
])('tidying “%s” gives “%s”', (typed, tidied) => {
  expect(tidy(typed, words)).toBe(tidied);
});

describe('a Spanish answer', () => {
  const spanish = compositionWords('es');
  const formsEs = (text: string) => answerForms(text, ['Maya'], spanish);

  // Spanish drops the subject: "es muy cariñosa" is a whole clause, as "she is very kind" is.
  test.each([
    ['es muy cariñosa con los más pequeños', 'es muy cariñosa con los más pequeños'],
    ['Tiene mucha paciencia', 'tiene mucha paciencia'],
    ['hay un niño que la molesta', 'hay un niño que la molesta'],
    ['No quiere ir a la escuela', 'no quiere ir a la escuela'],
  ])('that starts with its verb, “%s”, is a clause that continues a sentence', (typed, clause) => {
    expect(formsEs(typed).clause).toBe(clause);
    expect(formsEs(typed).phrase).toBe('');
  });

  test('that starts with an everyday infinitive continues a sentence in lower case', () => {
    expect(formsEs('Ponerse a escribir').todo).toBe('ponerse a escribir');
    expect(formsEs('Avisarle antes de un cambio').inline).toBe('avisarle antes de un cambio');
  });

  test('that starts with an article is a phrase, unless a verb follows', () => {
    expect(formsEs('la tarea de matemáticas').phrase).toBe('la tarea de matemáticas');
    expect(formsEs('la molestan en el recreo').clause).toBe('la molestan en el recreo');
  });

  test('that is a wish, not a question, gets no question marks', () => {
    const asked = (text: string) => answerForms(text, ['Maya'], spanish, 'question').sentences;
    expect(asked('Me gustaría saber qué le cuesta más')).toBe(
      'Me gustaría saber qué le cuesta más.',
    );
    expect(asked('hay algún momento en que le cueste más')).toBe(
      '¿Hay algún momento en que le cueste más?',
    );
  });

  test('keeps “maestra” in lower case before the name', () => {
    expect(asName(tidy('hola maestra rivera', spanish), spanish)).toBe('maestra Rivera');
  });

  test('addressed by a title and a role, gives the role a capital', () => {
    expect(asName(tidy('Sra directora', spanish), spanish)).toBe('Sra. Directora');
  });

  test('that asks without “¿” gets one, and a capital after it', () => {
    expect(tidy('se puede cambiar de equipo?', spanish)).toBe('¿se puede cambiar de equipo?');
    expect(formsEs('gracias. quien esta en la cafeteria?').sentences).toBe(
      'Gracias. ¿Quien esta en la cafeteria?',
    );
    expect(tidy('¿ya llegó? sí', spanish)).toBe('¿ya llegó? sí');
  });

  test('that says who the parent is drops the “soy”', () => {
    const relation = (text: string) => answerForms(text, [], spanish, 'relation').inline;
    expect(relation('soy su mama')).toBe('mamá');
    expect(relation('la abuela y tutora legal')).toBe('abuela y tutora legal');
    expect(relation('papá')).toBe('papá');
  });

  test('that says when with “hace…” is a time, not a clause', () => {
    const when = answerForms('hace como un mes', [], spanish, 'when');
    expect(when.clause).toBe('');
    expect(when.inline).toBe('hace como un mes');
  });

  test('that reports what the child said is told, not quoted', () => {
    expect(formsEs('dice q usted es su maestra favorita').reported).toBe(
      'dice que usted es su maestra favorita',
    );
    expect(formsEs('mi maestra me quiere mucho').reported).toBe('');
  });
});

test('a name signed with an initial keeps its full stop', () => {
  expect(asName('Karla R.', words)).toBe('Karla R.');
  expect(asName('Karla R.', compositionWords('es'))).toBe('Karla R.');
  expect(asName('Karla.', words)).toBe('Karla');
});

test('“I’m his mom” in the relationship box reads as “mom”', () => {
  expect(answerForms("I'm his mom", [], words, 'relation').phrase).toBe('mom');
  expect(answerForms('grandmother and guardian', [], words, 'relation').phrase).toBe(
    'grandmother and guardian',
  );
});

test.each([
  ['le ayudaría a entender', 'le ayudaría a entender'],
  ['lo practicamos día a día', 'lo practicamos día a día'],
  ['la la maestra', 'la maestra'],
  ['paso x paso', 'paso por paso'],
])('tidying the Spanish “%s” gives “%s”', (typed, tidied) => {
  expect(tidy(typed, compositionWords('es'))).toBe(tidied);
});
