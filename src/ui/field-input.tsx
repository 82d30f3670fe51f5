/** One question on a step: label, hint, the control for its kind, and its problem. */
import type { FieldSpec, FieldWords } from '../lib/fields/field-spec';
import { t } from '../lib/i18n/messages';
import { rowsFor } from './rows-for';

interface FieldInputProps {
  field: FieldSpec;
  words: FieldWords;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  /** Sets this form's ids apart when several forms are open on one page. */
  form?: string;
}

export const fieldId = (name: string, form = 'field') => `${form}-${name}`;

export function FieldInput({ field, words, value, error, onChange, form }: FieldInputProps) {
  const id = fieldId(field.name, form);
  const hintId = words.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {words.label}
      {!field.required && <span className="optional"> {t('fields.optional')}</span>}
    </>
  );
  const hint = words.hint && (
    <p id={hintId} className="hint">
      {words.hint}
    </p>
  );
  const problem = error && (
    <p id={errorId} className="field-error">
      <span className="visually-hidden">{t('fields.problem')} </span>
      {error}
    </p>
  );

  if (field.kind === 'choice') {
    return (
      <fieldset
        className={`field${error ? ' has-error' : ''}`}
        aria-describedby={describedBy}
        id={id}
        tabIndex={-1}
      >
        <legend>{label}</legend>
        {hint}
        {problem}
        {(field.options ?? []).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={field.name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{words.options?.[option] ?? option}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  const common = {
    id,
    name: field.name,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': field.required || undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {problem}
      {field.kind === 'longtext' ? (
        <textarea {...common} rows={rowsFor(value, 4)} />
      ) : (
        <input
          {...common}
          type={field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text'}
          autoComplete={field.kind === 'email' ? 'off' : undefined}
          spellCheck={field.kind === 'email' ? false : undefined}
        />
      )}
    </div>
  );
}
