/** The four teachers to practise with, and "pick one for me". */
import { useId } from 'react';
import { t } from '../../lib/i18n/messages';
import { personas } from '../../rehearsals/content';
import { PERSONAS, type PersonaId } from '../../rehearsals/types';

export type PersonaChoice = PersonaId | 'any';

export function PersonaPicker({
  value,
  onChange,
  legend,
}: {
  value: PersonaChoice;
  onChange: (choice: PersonaChoice) => void;
  legend: string;
}) {
  const name = useId();
  const choices: { value: PersonaChoice; name: string; describe: string }[] = [
    ...PERSONAS.map((persona) => ({ value: persona, ...personas[persona] })),
    { value: 'any', name: t('rehearsal.pickForMe'), describe: t('rehearsal.pickForMeDetail') },
  ];
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice-text">
            {choice.name}
            <span className="choice-detail">{choice.describe}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
