/**
 * Saves an edit made in a record form, over the version the form was opened on. Another
 * tab's save since then is merged field by field; where both changed the same field,
 * nothing is written and both versions come back for the parent to choose from.
 * (Its own module, so the records page alone loads it.)
 */
import * as v from 'valibot';
import { openWorkspaceDatabase } from './database';
import { mergeEdit } from './merge-record';
import { requestPersistentStorage } from './persist';
import { recordSchemas, type RecordStore, type RecordTypes } from './record-schemas';
import { announceRecordsChanged } from './records-store';
import { faultOf, type StorageFault } from './storage-errors';

export type EditSaveResult<S extends RecordStore> =
  | {
      kind: 'saved';
      record: RecordTypes[S];
      /** Fields another tab changed since the form opened, kept along with this edit. */
      fromOtherTab: string[];
      /** The record was no longer stored (deleted in another tab, or storage was cleared). */
      restored: boolean;
    }
  | {
      kind: 'conflict';
      /** What is stored now: the version to open on once the parent has chosen. */
      current: RecordTypes[S];
      /** This edit merged over it, with this tab's value in each conflicting field. */
      merged: RecordTypes[S];
      fromOtherTab: string[];
      /** Fields both tabs changed, to different values: the parent chooses. */
      fields: string[];
    }
  | { kind: 'invalid' }
  | { kind: 'failed'; fault: StorageFault };

/**
 * Saves an edit made in a form opened on `opened` (null for a new record). When another
 * tab saved the record since, the edit is merged with that save field by field; when both
 * changed the same field, nothing is written and both versions come back to choose from.
 * A record that is no longer stored is saved again as edited: nothing typed is lost.
 */
export async function saveEdit<S extends RecordStore>(
  store: S,
  edited: RecordTypes[S],
  opened: RecordTypes[S] | null,
): Promise<EditSaveResult<S>> {
  if (!v.is(recordSchemas[store], { ...edited, updatedAt: 0 })) return { kind: 'invalid' };
  const db = await openWorkspaceDatabase();
  if (typeof db === 'string') return { kind: 'failed', fault: db };
  try {
    const tx = db.transaction(store, 'readwrite');
    const raw: unknown = await tx.store.get(edited.id);
    const current = v.is(recordSchemas[store], raw) ? (raw as RecordTypes[S]) : undefined;
    let record = edited;
    let fromOtherTab: string[] = [];
    if (current && current.updatedAt !== opened?.updatedAt) {
      // A new record has nothing it was opened on: every field it shares is its own.
      const merge = mergeEdit(opened ?? ({} as RecordTypes[S]), edited, current);
      fromOtherTab = merge.fromTheirs;
      if (merge.conflicts.length > 0) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const { merged, conflicts: fields } = merge;
        return { kind: 'conflict', current, merged, fromOtherTab, fields };
      }
      record = merge.merged;
    }
    const seen = Math.max(current?.updatedAt ?? 0, opened?.updatedAt ?? 0);
    const updated = { ...record, updatedAt: Math.max(Date.now(), seen + 1) };
    if (!v.is(recordSchemas[store], updated)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { kind: 'invalid' };
    }
    await tx.store.put(updated as never);
    await tx.done;
    announceRecordsChanged();
    requestPersistentStorage();
    return { kind: 'saved', record: updated, fromOtherTab, restored: !!opened && !current };
  } catch (error) {
    return { kind: 'failed', fault: faultOf(error) };
  }
}

/** Whether `value` is a record of `store` (a form's kept copy of what it opened on, say). */
export const isRecordOf = <S extends RecordStore>(
  store: S,
  value: unknown,
): value is RecordTypes[S] => v.is(recordSchemas[store], value);
