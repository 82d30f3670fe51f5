/**
 * Whose conversation this is: the parent's child, by first name, so the teacher in the
 * rehearsal talks about them. Filled from the family's records when there is one child, and
 * offered as a choice when there are several.
 */
import { useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';
import { MAX_CHILD_NAME } from '../../rehearsals/landing';

export function ChildNameField({
  value,
  onChange,
}: {
  value: string;
  onChange: (name: string) => void;
}) {
  const id = useId();
  const children = recordsOf(useRecords('children'));
  const [touched, setTouched] = useState(false);
  const only = children.length === 1 ? children[0]?.name : undefined;
  useEffect(() => {
    if (!touched && only && !value) onChange(only);
  }, [only, touched, value, onChange]);

  return (
    <div className="field">
      <label htmlFor={`${id}-child`}>{t('rehearsal.child.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('rehearsal.child.hint')}
      </p>
      <input
        id={`${id}-child`}
        type="text"
        autoComplete="off"
        maxLength={MAX_CHILD_NAME}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => {
          setTouched(true);
          onChange(event.target.value);
        }}
      />
      {children.length > 1 && (
        <div className="quick-fill" role="group" aria-label={t('rehearsal.child.fromRecords')}>
          {children.map((child) => (
            <button
              key={child.id}
              type="button"
              className="button quiet"
              aria-pressed={value === child.name}
              onClick={() => {
                setTouched(true);
                onChange(child.name);
              }}
            >
              {child.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
