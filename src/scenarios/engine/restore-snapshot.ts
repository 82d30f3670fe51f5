/**
 * The shape a saved snapshot of a scenario must have to be restored: a state the machine
 * has, answers only to its own fields. A snapshot that does not fit is set aside.
 */
import * as v from 'valibot';
import { LOCALES } from '../../lib/i18n/locale';

const draftText = v.object({ subject: v.string(), body: v.string() });
const draftEdits = v.nullable(v.object({ ...draftText.entries, basedOn: draftText }));

export function scenarioSnapshotSchema(fieldNames: string[], stateNames: string[]) {
  const answerKey = v.picklist(fieldNames);
  return v.looseObject({
    status: v.literal('active'),
    value: v.picklist(stateNames),
    context: v.object({
      answers: v.record(answerKey, v.string()),
      problems: v.record(
        answerKey,
        v.picklist(['required', 'email', 'too-long', 'choice', 'date']),
      ),
      returnToReview: v.boolean(),
      draftEdits,
      discardedEdits: draftEdits,
      draftLanguage: v.optional(v.picklist(LOCALES)),
    }),
  });
}
