/** The records of one store, kept fresh when they change here or in another tab. */
import { useEffect, useState } from 'react';
import type { RecordStore, RecordTypes } from './record-schemas';
import { listRecords, onRecordsChanged } from './records-store';

export type RecordsState<S extends RecordStore> =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; records: RecordTypes[S][] };

export function useRecords<S extends RecordStore>(store: S): RecordsState<S> {
  const [state, setState] = useState<RecordsState<S>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      void listRecords(store).then((records) => {
        if (live) setState(records ? { status: 'ready', records } : { status: 'unavailable' });
      });
    load();
    const stop = onRecordsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return state;
}

export const recordsOf = <S extends RecordStore>(state: RecordsState<S>): RecordTypes[S][] =>
  state.status === 'ready' ? state.records : [];
