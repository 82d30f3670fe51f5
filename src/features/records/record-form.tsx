/**
 * One form for every kind of record. It keeps whatever the parent typed on screen until
 * it is saved: a refused save says why and loses nothing. It remembers the version it was
 * opened on, so a save over another tab's newer save keeps both where they touched
 * different fields, and where both changed the same field shows both to choose from.
 */
import { useState, type FormEvent } from 'react';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { FieldSpec } from '../../lib/fields/field-spec';
import { problemsIn } from '../../lib/fields/validate-answers';
import { useFormDraft } from '../../lib/form-drafts';
import { t } from '../../lib/i18n/messages';
import { ConfirmStep } from '../../ui/confirm-step';
import { FieldInput } from '../../ui/field-input';
import { displayAnswer, problemMessage } from '../../ui/field-words';

export type SaveOutcome = 'saved' | 'conflict' | 'invalid' | 'quota' | 'unavailable' | 'gone';

/** What a save did: a conflict brings the stored version, to choose from field by field. */
export type SaveReply =
  | { outcome: Exclude<SaveOutcome, 'conflict'> }
  | {
      outcome: 'conflict';
      /** What is stored now; the form saves over it once the parent has chosen. */
      current: unknown;
      /** The stored version as form values. */
      theirs: Record<string, string>;
      /** Fields only the other tab changed: taken into the form as they are. */
      fromOtherTab: string[];
      /** Fields both changed: the parent chooses. */
      fields: string[];
    };

interface Pending {
  current: unknown;
  choices: { name: string; mine: string; theirs: string }[];
}

interface RecordFormProps {
  title: string;
  /** Where this tab keeps the typing until it is saved ("children.new", "log.<id>"). */
  draftKey: string;
  fields: FieldSpec[];
  words: Record<string, FieldWords>;
  initial: Record<string, string>;
  /** The record the form opens on (null for a new one), kept with the typing. */
  opened: unknown;
  /** Saves the values as an edit of `openedOn` (what the form opened on, or chose over). */
  onSave: (values: Record<string, string>, openedOn: unknown) => Promise<SaveReply>;
  onDone: () => void;
}

export function RecordForm({
  title,
  draftKey,
  fields,
  words,
  initial,
  opened,
  onSave,
  onDone,
}: RecordFormProps) {
  const { values, setValues, dirty, resumed, discard, openedOn } = useFormDraft(
    draftKey,
    initial,
    opened,
  );
  const [showProblems, setShowProblems] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [chosen, setChosen] = useState<Record<string, 'mine' | 'theirs'>>({});
  const [unchosen, setUnchosen] = useState(false);
  const problems = problemsIn(fields, values);
  const formId = draftKey.replace(/\W/g, '-');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    if (pending && pending.choices.some(({ name }) => !chosen[name])) {
      setUnchosen(true);
      return;
    }
    // Once the parent has chosen, the save goes over the version they chose against.
    const reply = await onSave(values, pending ? pending.current : openedOn);
    setOutcome(reply.outcome);
    setUnchosen(false);
    if (reply.outcome === 'saved') {
      discard();
      onDone();
    } else if (reply.outcome === 'conflict') {
      const names = new Set(fields.map(({ name }) => name));
      setValues((current) => {
        const next = { ...current };
        for (const name of reply.fromOtherTab)
          if (names.has(name)) next[name] = reply.theirs[name] ?? '';
        return next;
      });
      setPending({
        current: reply.current,
        choices: reply.fields
          .filter((name) => names.has(name))
          .map((name) => ({ name, mine: values[name] ?? '', theirs: reply.theirs[name] ?? '' })),
      });
      setChosen({});
    }
  };
  const choose = (name: string, which: 'mine' | 'theirs', value: string) => {
    setChosen((current) => ({ ...current, [name]: which }));
    setValues((current) => ({ ...current, [name]: value }));
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
      {pending?.choices.map(({ name, mine, theirs }) => {
        const field = fields.find((candidate) => candidate.name === name);
        const fieldWords = words[name] ?? { label: name };
        if (!field) return null;
        const shown = (value: string) =>
          displayAnswer(fieldWords, field, value) || t('records.form.leftEmpty');
        return (
          <fieldset key={name} className="field conflict-choice">
            <legend>{t('records.form.chooseVersion', { label: fieldWords.label })}</legend>
            {(
              [
                ['mine', mine, 'records.form.keepMine'],
                ['theirs', theirs, 'records.form.keepTheirs'],
              ] as const
            ).map(([which, value, key]) => (
              <label key={which} className="choice">
                <input
                  type="radio"
                  name={`${formId}-keep-${name}`}
                  checked={chosen[name] === which}
                  onChange={() => choose(name, which, value)}
                />
                <span>{t(key, { value: shown(value) })}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      {unchosen && (
        <p className="field-error" role="alert">
          {t('records.form.chooseFirst')}
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
            form={formId}
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
