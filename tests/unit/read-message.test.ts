import { compositionWords } from '../../src/scenarios/drafts/compose-draft';
import { readMessage } from '../../src/scenarios/drafts/read-message';

test('a teacher’s message: its questions, what it asks the parent to do, and its dates', () => {
  const message = `Hi Ms. Natarajan,

I wanted to let you know that Leo hasn't handed in four of the last six math worksheets. When I asked him on Monday, he said he had left them at home. Could he come to the math help session on Tuesdays at 3:15? Please sign his planner each evening so I know the worksheet came home.

Thanks,
Mr. Haddad`;
  expect(readMessage(message, compositionWords('en'))).toEqual({
    questions: ['Could he come to the math help session on Tuesdays at 3:15?'],
    requests: ['Please sign his planner each evening so I know the worksheet came home.'],
    dates: ['Monday', 'Tuesdays', '3:15'],
  });
});

test('un mensaje en español', () => {
  const reading = readMessage(
    'Buenas tardes. El martes Sofía empujó a un compañero en el recreo. ¿Podría venir el jueves a las 3:30 para hablar? Por favor firme la nota.',
    compositionWords('es'),
  );
  expect(reading.questions).toEqual(['¿Podría venir el jueves a las 3:30 para hablar?']);
  expect(reading.requests).toEqual(['Por favor firme la nota.']);
  expect(reading.dates).toEqual(['martes', 'jueves', '3:30']);
});
