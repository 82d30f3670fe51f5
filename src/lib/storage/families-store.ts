/**
 * The coach's list of client families. It lives in the coach's own workspace, whichever
 * family's workspace the tab is in; each family's data lives in that family's database.
 */
import * as v from 'valibot';
import { deleteDB } from 'idb';
import { closeDatabase, DATABASE_NAME, databaseName, openNamedDatabase } from './database';
import { readEntries, validEntries } from './set-aside';
import { familySchema, type Family } from './record-schemas';

const coachDatabase = () => openNamedDatabase(DATABASE_NAME);

export async function listFamilies(): Promise<Family[]> {
  const db = await coachDatabase();
  if (!db) return [];
  const entries = await readEntries(db, 'families').catch(() => []);
  return (await validEntries(db, 'families', entries)).valid.sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export async function addFamily(name: string): Promise<Family | null> {
  const family = { id: crypto.randomUUID(), name: name.trim(), updatedAt: Date.now() };
  if (!family.name || !v.is(familySchema, family)) return null;
  const db = await coachDatabase();
  try {
    await db?.put('families', family);
    return db ? family : null;
  } catch {
    return null;
  }
}

/** A new name for a family; its data stays where it is. */
export async function renameFamily(family: Family, name: string): Promise<Family | null> {
  const renamed = { ...family, name: name.trim(), updatedAt: Date.now() };
  if (!renamed.name || !v.is(familySchema, renamed)) return null;
  const db = await coachDatabase();
  try {
    await db?.put('families', renamed);
    return db ? renamed : null;
  } catch {
    return null;
  }
}

/**
 * Removes a family from the coach's list and deletes its database: every child, contact,
 * log entry, draft and session kept for it. True once both are gone.
 */
export async function deleteFamily(id: string): Promise<boolean> {
  const db = await coachDatabase();
  if (!db) return false;
  try {
    await db.delete('families', id);
    await closeDatabase();
    await deleteDB(databaseName(id));
    return true;
  } catch {
    return false;
  }
}
