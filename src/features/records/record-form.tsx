/**
 * One form for every kind of record. It keeps whatever the parent typed on screen until
 * it is saved: a refused save says why and loses nothing.
 */
import { useState, type FormEvent } from 'react';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { FieldSpec } from '../../lib/fields/field-spec';
import { problemsIn } from '../../lib/fields/validate-answers';
import { FieldInput } from '../../ui/field-input';
import { problemMessage } from '../../ui/field-words';
import { useUnsavedWork } from '../../lib/unsaved-work';

export type SaveOutcome = 'saved' | 'conflict' | 'invalid' | 'quota' | 'unavailable';

const OUTCOME_MESSAGES: Record<Exclude<SaveOutcome, 'saved'>, string> = {
  conflict:
    'This was changed in another tab, so it was not saved here. Your text is still below: copy it, then reload the page to see the newer version.',
  invalid: 'Something in this form could not be saved. Check each answer and try again.',
  quota: 'Your device is out of space, so this was not saved. Your text is still below.',
  unavailable:
    'This browser is not letting Common Ground save, so this was not saved. Your text is still below.',
};

interface RecordFormProps {
  title: string;
  fields: FieldSpec[];
  words: Record<string, FieldWords>;
  initial: Record<string, string>;
  submitLabel: string;
  onSave: (values: Record<string, string>) => Promise<SaveOutcome>;
  onDone: () => void;
}

export function RecordForm({
  title,
  fields,
  words,
  initial,
  submitLabel,
  onSave,
  onDone,
}: RecordFormProps) {
  const [values, setValues] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const problems = problemsIn(fields, values);
  // Until it is saved, what the parent typed holds back a reload to a new version.
  useUnsavedWork(fields.some(({ name }) => (values[name] ?? '') !== (initial[name] ?? '')));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    const result = await onSave(values);
    setOutcome(result);
    if (result === 'saved') onDone();
  };

  return (
    <form
      className="record-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={title}
    >
      {outcome && outcome !== 'saved' && (
        <p className="callout" role="alert">
          {OUTCOME_MESSAGES[outcome]}
        </p>
      )}
      {fields.map((field) => {
        const fieldWords = words[field.name] ?? { label: field.name };
        const problem = showProblems ? problems[field.name] : undefined;
        return (
          <FieldInput
            key={field.name}
            field={field}
            words={fieldWords}
            value={values[field.name] ?? ''}
            error={problem ? problemMessage(fieldWords, field, problem) : null}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          />
        );
      })}
      <div className="actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
