import { logToCsv, logToMarkdown } from '../../src/features/records/log-export';
import { answersFromRecords, historyFromLog } from '../../src/scenarios/records-to-answers';
import type { Child, Contact, LogEntry } from '../../src/lib/storage/record-schemas';

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
  );
  const [header, row] = csv.split('\r\n');
  expect(header).toBe(
    '"date","child","channel","who","summary","agreements","follow-up date","follow-up done"',
  );
  expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
  expect(csv).toContain('"She said ""yes"", then left\nearly"');
  expect(row?.startsWith('"2026-10-02","Maya","email","Ms. Rivera"')).toBe(true);
});

test('Markdown gives each conversation a heading with what was agreed and the follow-up', () => {
  const markdown = logToMarkdown(
    [entry({ agreements: 'Reminder chart.', followUpDate: '2026-10-09' })],
    [maya],
    'Log for Maya',
  );
  expect(markdown).toBe(
    '# Log for Maya\n\n## 2026-10-02: Ms. Rivera (email)\n\n- **Child:** Maya\n- **What was discussed:** Asked about recess.\n- **What was agreed:** Reminder chart.\n- **Follow up by:** 2026-10-09\n',
  );
});

test('records answer a guide under the shared field names, history oldest first', () => {
  const log = [
    entry({ id: 'b', date: '2026-10-09', summary: 'Called back.' }),
    entry({ id: 'a', agreements: 'A chart.' }),
  ];
  expect(historyFromLog(log)).toBe(
    'On 2026-10-02 I talked with Ms. Rivera: Asked about recess. We agreed: A chart.\nOn 2026-10-09 I talked with Ms. Rivera: Called back.',
  );
  expect(answersFromRecords(maya, rivera, log)).toEqual({
    childName: 'Maya',
    grade: '3rd grade',
    strengths: 'Kind.',
    whatWorks: 'A heads-up.',
    whatTried: historyFromLog(log),
    teacherName: 'Ms. Rivera',
    teacherEmail: 'm.rivera@example.org',
    contactName: 'Ms. Rivera',
    contactEmail: 'm.rivera@example.org',
    contactRole: 'teacher',
  });
  expect(answersFromRecords(undefined, undefined, log)).toEqual({});
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
  );
  expect(markdown).not.toMatch(/<[a-z/!?]/i);
  expect(markdown).toContain('Recess &lt;script&gt;alert(1)&lt;/script&gt; &amp; lunch');
  expect(markdown).toContain('# Log for &lt;u&gt;Maya&lt;/u&gt;');
  expect(markdown).toContain('- **Child:** &lt;b&gt;Maya&lt;/b&gt;');
});
