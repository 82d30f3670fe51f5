import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/lib/storage/database';

// Two test files run at once, maybe on a busy machine: waiting for the screen must not race it.
configure({ asyncUtilTimeout: 10_000 });

// Each test starts with an empty device: no saved progress, no open connection.
beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => cleanup());
