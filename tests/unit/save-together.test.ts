/**
 * Issue 11, item 7: "I sent it" wrote the log entry and the sent draft one after the other,
 * so a refused draft left an entry pointing at nothing. Records that belong together are
 * now written in one transaction: all of them, or none.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/lib/storage/database';
import type { LogEntry, SentDraft } from '../../src/lib/storage/record-schemas';
import { listRecords } from '../../src/lib/storage/records-store';
import { saveNewRecords } from '../../src/lib/storage/save-together';

const entry: LogEntry = {
  id: 'entry-1',
  date: '2026-09-14',
  channel: 'email',
  childId: '',
  who: 'Ms. Rivera',
  summary: 'Sent “Introducing Maya”.',
  agreements: '',
  followUpDate: '',
  followUpDone: false,
  draftId: 'draft-1',
  updatedAt: 0,
};
const draft = (body: string): SentDraft => ({
  id: 'draft-1',
  scenarioId: 'first-week-intro',
  to: 'm.rivera@example.org',
  subject: 'Introducing Maya',
  body,
  sentAt: 1,
  logEntryId: 'entry-1',
  updatedAt: 0,
});

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

const stored = async () => [
  (await listRecords('log'))?.map((record) => record.id),
  (await listRecords('drafts'))?.map((record) => record.id),
];

test('a draft too long to keep was refused after its log entry was written: now neither is, and the cause is named', async () => {
  const result = await saveNewRecords([
    { store: 'log', record: entry },
    { store: 'drafts', record: draft('x'.repeat(20_001)) },
  ]);
  expect(result).toEqual({ kind: 'invalid', store: 'drafts', field: 'body', max: 20_000 });
  expect(await stored()).toEqual([[], []]);
});

test('a write that throws part-way leaves nothing behind', async () => {
  const unstorable = { ...draft('Thank you.'), onSend: () => undefined } as SentDraft;
  const result = await saveNewRecords([
    { store: 'log', record: entry },
    { store: 'drafts', record: unstorable },
  ]);
  expect(result.kind).toBe('failed');
  expect(await stored()).toEqual([[], []]);
});

test('an id already taken refuses the whole set', async () => {
  await saveNewRecords([{ store: 'drafts', record: draft('First.') }]);
  const result = await saveNewRecords([
    { store: 'log', record: entry },
    { store: 'drafts', record: draft('Second.') },
  ]);
  expect(result).toEqual({ kind: 'conflict' });
  expect(await stored()).toEqual([[], ['draft-1']]);
});

test('a draft and its entry are saved together, each pointing at the other', async () => {
  expect(
    await saveNewRecords([
      { store: 'drafts', record: draft('Thank you.') },
      { store: 'log', record: entry },
    ]),
  ).toEqual({ kind: 'saved' });
  const [saved] = (await listRecords('log')) ?? [];
  const [sent] = (await listRecords('drafts')) ?? [];
  expect([saved?.draftId, sent?.logEntryId]).toEqual([sent?.id, saved?.id]);
});
