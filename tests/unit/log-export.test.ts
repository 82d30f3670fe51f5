import { logToCsv, logToMarkdown } from '../../src/features/records/log-export';
import { answersFromRecords, historyFromLog } from '../../src/scenarios/records-to-answers';
import type { Child, Contact, LogEntry } from '../../src/lib/storage/record-schemas';
import { loadMessages } from '../../src/lib/i18n/messages';

await loadMessages('es');

const maya: Child = {
  id: 'c1',
  name: 'Maya',
  grade: '3rd grade',
  school: '',
  strengths: 'Kind.',
  challenges: '',
  whatWorks: 'A heads-up.',
  plan: 'none',
  updatedAt: 1,
};
const rivera: Contact = {
  id: 'k1',
  name: 'Ms. Rivera',
  role: 'teacher',
  email: 'm.rivera@example.org',
  channel: 'email',
  bestTimes: '',
  updatedAt: 1,
};
const entry = (changes: Partial<LogEntry>): LogEntry => ({
  id: 'l1',
  date: '2026-10-02',
  channel: 'email',
  childId: 'c1',
  who: 'Ms. Rivera',
  summary: 'Asked about recess.',
  agreements: '',
  followUpDate: '',
  followUpDone: false,
  draftId: '',
  updatedAt: 1,
  ...changes,
});

test('CSV quotes every cell and defuses spreadsheet formulas', () => {
  const csv = logToCsv(
    [
      entry({
        summary: '=HYPERLINK("http://evil")',
        agreements: 'She said "yes", then left\nearly',
      }),
    ],
    [maya],
    'en',
  );
  const [header, row] = csv.split('\r\n');
  expect(header).toBe(
    '"date","child","channel","who","summary","agreements","follow-up date","follow-up done"',
  );
  expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
  expect(csv).toContain('"She said ""yes"", then left\nearly"');
  expect(row?.startsWith('"2026-10-02","Maya","Email","Ms. Rivera"')).toBe(true);
  expect(row?.endsWith('"no"')).toBe(true);
});

test('CSV from a Spanish page has Spanish column names and ways of talking', () => {
  const csv = logToCsv([entry({ channel: 'phone', followUpDone: true })], [maya], 'es');
  const [header, row] = csv.split('\r\n');
  expect(header).toBe(
    '"fecha","hijo o hija","cómo hablaron","con quién","de qué hablaron","qué acordaron","fecha de seguimiento","seguimiento hecho"',
  );
  expect(row).toBe(
    '"2026-10-02","Maya","Llamada telefónica","Ms. Rivera","Asked about recess.","","","sí"',
  );
});

test('Markdown gives each conversation a heading with what was agreed and the follow-up', () => {
  const markdown = logToMarkdown(
    [entry({ agreements: 'Reminder chart.', followUpDate: '2026-10-09' })],
    [maya],
    'Log for Maya',
    'en',
  );
  expect(markdown).toBe(
    '# Log for Maya\n\n## October 2, 2026: Ms. Rivera (Email)\n\n- **Child:** Maya\n- **What was discussed:** Asked about recess.\n- **What was agreed:** Reminder chart.\n- **Follow up by:** October 9, 2026\n',
  );
});

test('Markdown from a Spanish page has Spanish headings and dates', () => {
  const markdown = logToMarkdown(
    [
      entry({
        who: 'maestra Rivera',
        summary: 'Hablamos del recreo.',
        agreements: 'Una tabla de recordatorios.',
        followUpDate: '2026-10-09',
        followUpDone: true,
      }),
    ],
    [maya],
    'Registro de conversaciones sobre Maya',
    'es',
  );
  expect(markdown).toBe(
    '# Registro de conversaciones sobre Maya\n\n## 2 de octubre de 2026: maestra Rivera (Correo electrónico)\n\n- **Hijo o hija:** Maya\n- **De qué hablaron:** Hablamos del recreo.\n- **Qué acordaron:** Una tabla de recordatorios.\n- **Dar seguimiento antes del:** 9 de octubre de 2026 (hecho)\n',
  );
  expect(markdown).not.toMatch(/\b(Child|discussed|agreed|Follow|done|email)\b/);
});

test('records answer a guide under the shared field names, history oldest first', () => {
  const log = [
    entry({ id: 'b', date: '2026-10-09', summary: 'Called back.' }),
    entry({ id: 'a', agreements: 'A chart.' }),
  ];
  expect(historyFromLog(log, 'en')).toBe(
    'On October 2, 2026 I talked with Ms. Rivera: Asked about recess. We agreed: A chart.\nOn October 9, 2026 I talked with Ms. Rivera: Called back.',
  );
  expect(answersFromRecords(maya, rivera, log, 'en')).toEqual({
    childName: 'Maya',
    grade: '3rd grade',
    strengths: 'Kind.',
    whatWorks: 'A heads-up.',
    whatTried: historyFromLog(log, 'en'),
    teacherName: 'Ms. Rivera',
    teacherEmail: 'm.rivera@example.org',
    contactName: 'Ms. Rivera',
    contactEmail: 'm.rivera@example.org',
    contactRole: 'teacher',
  });
  expect(answersFromRecords(undefined, undefined, log, 'en')).toEqual({});
});

test('records answer a Spanish guide in Spanish: the history and the contact’s role', () => {
  const log = [
    entry({ who: 'maestra Rivera', summary: 'Hablamos del recreo.', agreements: 'Una tabla.' }),
  ];
  const answers = answersFromRecords(maya, { ...rivera, role: 'counselor' }, log, 'es');
  expect(answers.whatTried).toBe(
    'El 2 de octubre de 2026 hablé con maestra Rivera: Hablamos del recreo. Acordamos: Una tabla.',
  );
  expect(answers.contactRole).toBe('consejero o consejera escolar');
  expect(answersFromRecords(maya, { ...rivera, role: 'other' }, [], 'es').contactRole).toBe(
    undefined,
  );
});

test('Markdown keeps HTML typed into records as text, so rendering the file runs nothing', () => {
  const markdown = logToMarkdown(
    [
      entry({
        who: '<img src=x onerror=alert(1)>',
        summary: 'Recess <script>alert(1)</script> & lunch',
        agreements: '</li><iframe src="https://evil.example"></iframe>',
      }),
    ],
    [{ ...maya, name: '<b>Maya</b>' }],
    'Log for <u>Maya</u>',
    'en',
  );
  expect(markdown).not.toMatch(/<[a-z/!?]/i);
  expect(markdown).toContain('Recess &lt;script&gt;alert(1)&lt;/script&gt; &amp; lunch');
  expect(markdown).toContain('# Log for &lt;u&gt;Maya&lt;/u&gt;');
  expect(markdown).toContain('- **Child:** &lt;b&gt;Maya&lt;/b&gt;');
});
