/**
 * A list of one kind of record with add, edit and delete. Only one form is open on the
 * records page at a time, so the page owns which one.
 */
import { useState, type ReactNode } from 'react';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { FieldSpec } from '../../lib/fields/field-spec';
import type { RecordStore, RecordTypes } from '../../lib/storage/record-schemas';
import { deleteRecord, newRecordId, saveRecord } from '../../lib/storage/records-store';
import { ConfirmStep } from '../../ui/confirm-step';
import { RecordForm } from './record-form';
import { outcomeOf, valuesOf } from './record-fields';

export type Editing = { section: string; id: string | null } | null;

interface RecordSectionProps<S extends RecordStore> {
  id: string;
  store: S;
  title: string;
  intro: string;
  empty: string;
  addLabel: string;
  nameOf: (record: RecordTypes[S]) => string;
  records: RecordTypes[S][];
  fields: FieldSpec[];
  words: Record<string, FieldWords>;
  blank: Record<string, string>;
  toRecord: (
    id: string,
    values: Record<string, string>,
    updatedAt: number,
    previous?: RecordTypes[S],
  ) => RecordTypes[S];
  describe: (record: RecordTypes[S]) => ReactNode;
  editing: Editing;
  setEditing: (editing: Editing) => void;
  children?: ReactNode;
}

export function RecordSection<S extends RecordStore>(props: RecordSectionProps<S>) {
  const { id, store, title, records, editing, setEditing } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  const open = editing?.section === id ? editing : null;
  const form = (record?: RecordTypes[S]) => (
    <RecordForm
      title={record ? `Edit ${props.nameOf(record)}` : props.addLabel}
      fields={props.fields}
      words={props.words}
      initial={record ? valuesOf(record) : props.blank}
      submitLabel="Save"
      onSave={async (values) =>
        outcomeOf(
          await saveRecord(
            store,
            props.toRecord(record?.id ?? newRecordId(), values, record?.updatedAt ?? 0, record),
            record ? record.updatedAt : null,
          ),
        )
      }
      onDone={() => setEditing(null)}
    />
  );

  return (
    <section id={id} className="records-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">{props.intro}</p>
      {props.children}
      {records.length === 0 && !open && <p className="not-answered">{props.empty}</p>}
      <ul className="record-list">
        {records.map((record) => (
          <li key={record.id} id={`record-${record.id}`} className="record-card">
            {open?.id === record.id ? (
              form(record)
            ) : (
              <>
                {props.describe(record)}
                {confirming === record.id ? (
                  <ConfirmStep
                    question={`Delete ${props.nameOf(record)}?`}
                    confirmLabel="Yes, delete"
                    keepLabel="Keep it"
                    onConfirm={() =>
                      void deleteRecord(store, record.id).then(() => setConfirming(null))
                    }
                    onKeep={() => setConfirming(null)}
                  >
                    Delete {props.nameOf(record)}? This can't be undone, unless you have a backup.
                  </ConfirmStep>
                ) : (
                  <div className="record-actions no-print">
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={`Edit ${props.nameOf(record)}`}
                      onClick={() => setEditing({ section: id, id: record.id })}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={`Delete ${props.nameOf(record)}`}
                      onClick={() => setConfirming(record.id)}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {open?.id === null ? (
        form()
      ) : (
        <button
          type="button"
          className="button secondary no-print"
          onClick={() => setEditing({ section: id, id: null })}
        >
          {props.addLabel}
        </button>
      )}
    </section>
  );
}
