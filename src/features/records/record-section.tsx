/**
 * A list of one kind of record with add, edit and delete. Each section keeps its own form
 * open, so starting a contact never closes a half-typed child; a form that still holds
 * typing from earlier in this tab (before a reload or a visit to another page) opens again.
 */
import { useState, type ReactNode } from 'react';
import { formDraftsUnder } from '../../lib/form-drafts';
import { t } from '../../lib/i18n/messages';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { FieldSpec } from '../../lib/fields/field-spec';
import type { RecordStore, RecordTypes } from '../../lib/storage/record-schemas';
import { formatList } from '../../lib/i18n/format';
import { isRecordOf, saveEdit } from '../../lib/storage/record-edit';
import { deleteRecord, newRecordId } from '../../lib/storage/records-store';
import { ConfirmStep } from '../../ui/confirm-step';
import { RecordForm } from './record-form';
import { replyOf, valuesOf } from './record-fields';

/** Which form of this section is open: a record's id, `null` for a new one. */
type Editing = { id: string | null } | undefined;

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
  children?: ReactNode;
}

export function RecordSection<S extends RecordStore>(props: RecordSectionProps<S>) {
  const { id, store, title, records } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<Editing>(() => {
    const kept = formDraftsUnder(`${store}.`)[0];
    return kept === undefined ? undefined : { id: kept === 'new' ? null : kept };
  });
  const [note, setNote] = useState('');
  const setEditing = (editing: Editing) => {
    setNote('');
    setOpen(editing);
  };
  /** The labels of the form's fields among `names` (bookkeeping such as "done" has none). */
  const labelsOf = (names: string[]) =>
    props.fields
      .filter((field) => names.includes(field.name))
      .map((field) => props.words[field.name]?.label ?? field.name);

  /** Saves an edit over what the form opened on (or chose against), merging another tab's. */
  const save = async (
    record: RecordTypes[S] | undefined,
    values: Record<string, string>,
    on: unknown,
  ) => {
    const opened = isRecordOf(store, on) ? on : on === null ? null : (record ?? null);
    const id = record?.id ?? opened?.id ?? newRecordId();
    const edited = props.toRecord(id, values, opened?.updatedAt ?? 0, opened ?? undefined);
    const result = await saveEdit(store, edited, opened);
    if (result.kind === 'saved') {
      const name = props.nameOf(result.record);
      const fields = labelsOf(result.fromOtherTab);
      if (result.restored) setNote(t('records.form.restored', { name }));
      else if (fields.length > 0)
        setNote(t('records.form.merged', { name, fields: formatList(fields) }));
    }
    return replyOf(result);
  };
  const form = (record?: RecordTypes[S]) => (
    <RecordForm
      title={record ? t('records.form.editName', { name: props.nameOf(record) }) : props.addLabel}
      draftKey={`${store}.${record?.id ?? 'new'}`}
      fields={props.fields}
      words={props.words}
      initial={record ? valuesOf(record) : props.blank}
      opened={record ?? null}
      onSave={(values, on) => save(record, values, on)}
      onDone={() => setOpen(undefined)}
    />
  );

  return (
    <section id={id} className="records-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">{props.intro}</p>
      {props.children}
      {records.length === 0 && !open && <p className="not-answered">{props.empty}</p>}
      <div role="status">{note && <p className="hint">{note}</p>}</div>
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
                    question={t('records.form.deleteQuestion', { name: props.nameOf(record) })}
                    confirmLabel={t('records.form.deleteConfirm')}
                    keepLabel={t('records.form.keep')}
                    onConfirm={() =>
                      void deleteRecord(store, record.id).then(() => setConfirming(null))
                    }
                    onKeep={() => setConfirming(null)}
                  >
                    {t('records.form.deleteText', { name: props.nameOf(record) })}
                  </ConfirmStep>
                ) : (
                  <div className="record-actions no-print">
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={t('records.form.editName', { name: props.nameOf(record) })}
                      onClick={() => setEditing({ id: record.id })}
                    >
                      {t('records.form.edit')}
                    </button>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={t('records.form.deleteName', { name: props.nameOf(record) })}
                      onClick={() => setConfirming(record.id)}
                    >
                      {t('records.form.delete')}
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
          onClick={() => setEditing({ id: null })}
        >
          {props.addLabel}
        </button>
      )}
    </section>
  );
}
