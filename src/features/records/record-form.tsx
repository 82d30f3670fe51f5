/**
 * One form for every kind of record. It keeps whatever the parent typed on screen until
 * it is saved: a refused save says why and loses nothing.
 */
import { useState, type FormEvent } from 'react';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { FieldSpec } from '../../lib/fields/field-spec';
import { problemsIn } from '../../lib/fields/validate-answers';
import { useFormDraft } from '../../lib/form-drafts';
import { t } from '../../lib/i18n/messages';
import { ConfirmStep } from '../../ui/confirm-step';
import { FieldInput } from '../../ui/field-input';
import { problemMessage } from '../../ui/field-words';

export type SaveOutcome = 'saved' | 'conflict' | 'invalid' | 'quota' | 'unavailable' | 'gone';

interface RecordFormProps {
  title: string;
  /** Where this tab keeps the typing until it is saved ("children.new", "log.<id>"). */
  draftKey: string;
  fields: FieldSpec[];
  words: Record<string, FieldWords>;
  initial: Record<string, string>;
  onSave: (values: Record<string, string>) => Promise<SaveOutcome>;
  onDone: () => void;
}

export function RecordForm({
  title,
  draftKey,
  fields,
  words,
  initial,
  onSave,
  onDone,
}: RecordFormProps) {
  const { values, setValues, dirty, resumed, discard } = useFormDraft(draftKey, initial);
  const [showProblems, setShowProblems] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const problems = problemsIn(fields, values);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    const result = await onSave(values);
    setOutcome(result);
    if (result === 'saved') {
      discard();
      onDone();
    }
  };
  const close = () => {
    discard();
    onDone();
  };

  return (
    <form
      className="record-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={title}
    >
      {resumed && <p className="hint">{t('form.resumed')}</p>}
      {outcome && outcome !== 'saved' && (
        <p className="callout" role="alert">
          {t(`records.form.${outcome}`)}
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
            form={draftKey.replace(/\W/g, '-')}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          />
        );
      })}
      {discarding ? (
        <ConfirmStep
          question={t('form.discardQuestion')}
          confirmLabel={t('form.discard')}
          keepLabel={t('form.keepTyping')}
          onConfirm={close}
          onKeep={() => setDiscarding(false)}
        >
          {t('form.discardText')}
        </ConfirmStep>
      ) : (
        <div className="actions">
          <button type="submit" className="button primary">
            {t('records.form.save')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => (dirty ? setDiscarding(true) : close())}
          >
            {t('records.form.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
