/**
 * Beside the later steps of a guide that took a pasted message (a field of shape
 * `message`): what that message asks and the days it names, so the parent answers what was
 * actually said. On a step with a field that can quote it (`fromMessage`), one tap fills it.
 */
import { useMemo } from 'react';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';
import { t } from '../../lib/i18n/messages';
import { pageLocale } from '../../lib/i18n/locale';
import { compositionWords } from '../../scenarios/drafts/composition-words';
import { readMessage } from '../../scenarios/drafts/read-message';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { ScenarioEvent } from '../../scenarios/engine/types';
import { pastedMessage } from './pasted-message';

interface MessageNotesProps {
  scenario: Scenario;
  stepId: string;
  answers: Answers;
  send: (event: ScenarioEvent) => void;
}

export function MessageNotes({ scenario, stepId, answers, send }: MessageNotesProps) {
  const path = scenario.pathFor(answers);
  const here = path.findIndex((step) => step.id === stepId);
  const message = pastedMessage(scenario, stepId, answers);
  const reading = useMemo(
    () => (message ? readMessage(message, compositionWords(pageLocale())) : null),
    [message],
  );
  if (!reading) return null;
  const asked = [...reading.questions, ...reading.requests];
  if (asked.length === 0 && reading.dates.length === 0) return null;
  const fillable: FieldSpec | undefined = path[here]?.fields.find((field) => field.fromMessage);

  return (
    <aside className="message-notes" aria-labelledby={`${stepId}-message-notes`}>
      <h2 id={`${stepId}-message-notes`}>{t('guide.message.title')}</h2>
      {asked.length > 0 && (
        <>
          <p>{t('guide.message.asked', { count: asked.length })}</p>
          <ul>
            {asked.map((line) => (
              <li key={line}>
                <q>{line}</q>
                {fillable && (
                  <button
                    type="button"
                    className="button quiet"
                    aria-label={t('guide.message.useThisLine', { line })}
                    onClick={() => send({ type: 'answer.set', field: fillable.name, value: line })}
                  >
                    {t('guide.message.useThis')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {reading.dates.length > 0 && (
        <p>{t('guide.message.dates', { dates: reading.dates.join(', ') })}</p>
      )}
    </aside>
  );
}
