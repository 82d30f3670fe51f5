/**
 * The take-home packet: the family's file (their records and guides, to import into
 * their own Common Ground) and the drafts worked on, for the printed summary. The coach's
 * private session notes never leave the coach's device.
 */
import * as v from 'valibot';
import { composeDraft } from '../../scenarios/drafts/compose-draft';
import { createBackup, type Backup } from '../../lib/storage/backup';
import { savedFlowRecords } from '../../lib/storage/flow-store';
import { scenarioOfFlow } from '../../lib/storage/guide-drafts';
import { draftLanguages, loadDraftTemplate, loadScenarioContent } from '../../scenarios/content';
import { LOCALES, pageLocale, type Locale } from '../../lib/i18n/locale';
import { scenarioLoader } from '../../scenarios/registry';
import type { DraftText } from '../../scenarios/engine/types';

export async function familyFile(): Promise<Backup | null> {
  const backup = await createBackup();
  if (!backup) return null;
  const sessions = backup.records.sessions.map((session) => ({ ...session, notes: '' }));
  // What was set aside is kept exactly as stored, notes and all: it stays with the coach.
  return { ...backup, records: { ...backup.records, sessions }, setAside: [] };
}

const savedDraft = v.object({
  context: v.object({
    answers: v.record(v.string(), v.string()),
    draftEdits: v.nullable(v.object({ subject: v.string(), body: v.string() })),
    draftLanguage: v.optional(v.picklist(LOCALES)),
  }),
});

/**
 * The drafts of each agenda scenario as they stand (a guide may have several): the parent's
 * edits, or the draft built from the answers. Unfinished guides are left out.
 */
export async function agendaDrafts(
  agenda: readonly string[],
): Promise<{ flowId: string; scenarioId: string; draft: DraftText; language: Locale }[]> {
  const saved = await savedFlowRecords();
  const drafts = await Promise.all(
    saved
      .filter((record) => agenda.includes(scenarioOfFlow(record.scenarioId)))
      .map(async (record) => {
        const scenarioId = scenarioOfFlow(record.scenarioId);
        const load = scenarioLoader(scenarioId);
        const parsed = v.safeParse(savedDraft, record.snapshot);
        if (!load || !parsed.success) return null;
        try {
          const [{ default: scenario }, content] = await Promise.all([
            load(),
            loadScenarioContent(scenarioId),
          ]);
          const { answers, draftEdits, draftLanguage } = parsed.output.context;
          if (!scenario.isComplete(answers)) return null;
          // In the language the parent chose for it (see use-draft-language.ts).
          const page = pageLocale();
          const language =
            draftLanguage && draftLanguages(scenarioId, page).includes(draftLanguage)
              ? draftLanguage
              : page;
          const template =
            language === page ? content.template : await loadDraftTemplate(scenarioId, language);
          const draft =
            draftEdits ??
            composeDraft(
              template,
              scenario.fields,
              scenario.answersOnPath(answers),
              language,
              page,
            );
          return {
            flowId: record.scenarioId,
            scenarioId,
            draft: { subject: draft.subject, body: draft.body },
            language,
          };
        } catch {
          // One draft that cannot be built leaves the rest of the packet as it is.
          return null;
        }
      }),
  );
  // In the order of the agenda.
  return drafts
    .filter((draft) => draft !== null)
    .sort((a, b) => agenda.indexOf(a.scenarioId) - agenda.indexOf(b.scenarioId));
}
