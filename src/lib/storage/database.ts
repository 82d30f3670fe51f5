/**
 * The one IndexedDB database, opened through `idb`. Every store and its version lives
 * here, so migrations have one home. Opening fails softly: when the browser refuses
 * storage (private browsing, disabled site data), callers get `null` and run in memory.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { activeWorkspace } from '../workspace';
import type { RecordTypes } from './record-schemas';

export const DATABASE_NAME = 'common-ground';
/**
 * 1: flows and set-aside. 2: the family's records, and settings such as the last backup.
 * 3: coaching sessions, and the list of client families (used in the coach's own workspace).
 */
export const DATABASE_VERSION = 3;

/** Each workspace is its own database: a coach's client families never share a store. */
export const databaseName = (workspace: string) =>
  workspace ? `${DATABASE_NAME}.family.${workspace}` : DATABASE_NAME;

export interface FlowRecordV1 {
  v: 1;
  scenarioId: string;
  machineVersion: number;
  /** Increases with every save, so a tab can tell that another tab saved newer work. */
  revision: number;
  savedAt: number;
  snapshot: unknown;
}

export interface SetAsideRecord {
  id?: number;
  scenarioId: string;
  reason: 'corrupted' | 'outdated';
  setAsideAt: number;
  /** Exactly what was stored, so nothing the parent typed is lost. */
  raw: unknown;
}

export interface CommonGroundDB extends DBSchema {
  flows: { key: string; value: FlowRecordV1 };
  'set-aside': { key: number; value: SetAsideRecord };
  children: { key: string; value: RecordTypes['children'] };
  contacts: { key: string; value: RecordTypes['contacts'] };
  log: { key: string; value: RecordTypes['log'] };
  drafts: { key: string; value: RecordTypes['drafts'] };
  settings: { key: string; value: unknown };
  sessions: { key: string; value: RecordTypes['sessions'] };
  families: { key: string; value: RecordTypes['families'] };
}

/** The stores a family's backup carries (families live only in the coach's workspace). */
export const RECORD_STORES = ['children', 'contacts', 'log', 'drafts', 'sessions'] as const;

export type Database = IDBPDatabase<CommonGroundDB>;

const connections = new Map<string, Promise<Database | null>>();

/** Opens (once) the database of a workspace by its name; null when storage is refused. */
export function openNamedDatabase(name: string): Promise<Database | null> {
  let opening = connections.get(name);
  if (opening) return opening;
  // Some browsers throw from indexedDB.open() itself, so open inside a promise chain.
  opening = Promise.resolve()
    .then(() =>
      openDB<CommonGroundDB>(name, DATABASE_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore('flows', { keyPath: 'scenarioId' });
            db.createObjectStore('set-aside', { keyPath: 'id', autoIncrement: true });
          }
          if (oldVersion < 2) {
            for (const store of ['children', 'contacts', 'log', 'drafts'] as const) {
              db.createObjectStore(store, { keyPath: 'id' });
            }
            db.createObjectStore('settings');
          }
          if (oldVersion < 3) {
            db.createObjectStore('sessions', { keyPath: 'id' });
            db.createObjectStore('families', { keyPath: 'id' });
          }
        },
        blocking() {
          // A newer version of the app opened in another tab, or another tab is deleting
          // the database: step aside so it can.
          void opening?.then((db) => db?.close());
          if (connections.get(name) === opening) connections.delete(name);
        },
        terminated() {
          // The browser closed the connection (site data cleared): open afresh next time.
          if (connections.get(name) === opening) connections.delete(name);
        },
      }),
    )
    .catch(() => null);
  connections.set(name, opening);
  return opening;
}

/**
 * Why this tab cannot use its workspace's database: the browser refuses storage, or the
 * family's workspace the tab shows is no longer on this device (removed in another tab).
 */
export type Refusal = 'unavailable' | 'gone';

/** Whether the coach's own workspace still lists the family; null when it cannot be read. */
async function familyListed(id: string): Promise<boolean | null> {
  const coach = await openNamedDatabase(DATABASE_NAME);
  if (!coach) return null;
  try {
    return (await coach.getKey('families', id)) !== undefined;
  } catch {
    return null;
  }
}

/**
 * The database of the workspace this tab shows, and only that one. A family's workspace
 * that is no longer listed is refused ('gone'), so no write lands in it and it is not
 * created again empty; whoever wrote tells the parent why.
 */
export async function openWorkspaceDatabase(): Promise<Database | Refusal> {
  const workspace = activeWorkspace();
  if (workspace) {
    const listed = await familyListed(workspace);
    if (listed === null) return 'unavailable';
    if (!listed) return 'gone';
  }
  return (await openNamedDatabase(databaseName(workspace))) ?? 'unavailable';
}

/** The database of the workspace this tab works in; null when it cannot be used. */
export async function openDatabase(): Promise<Database | null> {
  const opened = await openWorkspaceDatabase();
  return typeof opened === 'string' ? null : opened;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const open = [...connections.values()];
  connections.clear();
  for (const db of await Promise.all(open)) db?.close();
}
