/**
 * "Fill in from your records": on a step that asks what the records already know, the
 * parent picks the child and the contact, and the empty answers are filled. Answers the
 * parent already typed are never replaced.
 */
import { useId, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';
import { answersFromRecords, FILLED_FROM_RECORDS } from '../../scenarios/records-to-answers';
import type { ScenarioEvent } from '../../scenarios/engine/types';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';

interface RecordsPrefillProps {
  fields: readonly FieldSpec[];
  answers: Answers;
  send: (event: ScenarioEvent) => void;
}

export function RecordsPrefill({ fields, answers, send }: RecordsPrefillProps) {
  const id = useId();
  const children = recordsOf(useRecords('children'));
  const contacts = recordsOf(useRecords('contacts'));
  const log = recordsOf(useRecords('log'));
  const [childId, setChildId] = useState('');
  const [contactId, setContactId] = useState('');
  const [filled, setFilled] = useState<number | null>(null);

  const available = answersFromRecords(
    children.find((child) => child.id === childId) ??
      (children.length === 1 ? children[0] : undefined),
    contacts.find((contact) => contact.id === contactId) ??
      (contacts.length === 1 ? contacts[0] : undefined),
    log,
  );
  const fillable = fields.filter((field) => !answers[field.name]?.trim() && available[field.name]);
  const asksRecords =
    children.length + contacts.length > 0 &&
    fields.some(
      (field) =>
        (FILLED_FROM_RECORDS as readonly string[]).includes(field.name) &&
        !answers[field.name]?.trim(),
    );
  if (!asksRecords && filled === null) return null;

  const fill = () => {
    for (const field of fillable)
      send({ type: 'answer.set', field: field.name, value: available[field.name] ?? '' });
    setFilled(fillable.length);
  };

  return (
    <div className="prefill" role="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('guide.prefill.title')}</h2>
      {children.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-child`}>{t('guide.prefill.whichChild')}</label>
          <select
            id={`${id}-child`}
            value={childId}
            onChange={(event) => setChildId(event.target.value)}
          >
            <option value="">{t('fields.choose')}</option>
            {children.map((child) => (
              <option key={child.id} value={child.id}>
                {child.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {contacts.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('guide.prefill.whichContact')}</label>
          <select
            id={`${id}-contact`}
            value={contactId}
            onChange={(event) => setContactId(event.target.value)}
          >
            <option value="">{t('fields.choose')}</option>
            {contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="button"
        className="button secondary"
        disabled={fillable.length === 0}
        onClick={fill}
      >
        {fillable.length === 0
          ? t('guide.prefill.nothing')
          : t('guide.prefill.fill', { count: fillable.length })}
      </button>
      <p role="status" className="hint">
        {filled !== null && t('guide.prefill.filled', { count: filled })}
      </p>
    </div>
  );
}
