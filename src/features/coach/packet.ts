/**
 * The take-home packet: the family's file (their records and guides, to import into
 * their own Common Ground) and the drafts worked on, for the printed summary. The coach's
 * private session notes never leave the coach's device.
 */
import * as v from 'valibot';
import { composeDraft } from '../../scenarios/drafts/compose-draft';
import { createBackup, type Backup } from '../../lib/storage/backup';
import { loadFlow } from '../../lib/storage/flow-store';
import { loadScenarioContent } from '../../scenarios/content';
import { scenarioLoaders } from '../../scenarios/registry';
import type { DraftText } from '../../scenarios/engine/types';

export async function familyFile(): Promise<Backup | null> {
  const backup = await createBackup();
  if (!backup) return null;
  const sessions = backup.records.sessions.map((session) => ({ ...session, notes: '' }));
  return { ...backup, records: { ...backup.records, sessions } };
}

const savedDraft = v.object({
  context: v.object({
    answers: v.record(v.string(), v.string()),
    draftEdits: v.nullable(v.object({ subject: v.string(), body: v.string() })),
  }),
});

/** The draft of each agenda scenario as it stands: the parent's edits, or built from answers. */
export async function agendaDrafts(
  agenda: readonly string[],
): Promise<{ scenarioId: string; draft: DraftText }[]> {
  const drafts = await Promise.all(
    agenda.map(async (scenarioId) => {
      const load = scenarioLoaders[scenarioId];
      const saved = await loadFlow(scenarioId);
      if (!load || saved.kind !== 'found') return null;
      const parsed = v.safeParse(savedDraft, saved.record.snapshot);
      if (!parsed.success) return null;
      const [{ default: scenario }, content] = await Promise.all([
        load(),
        loadScenarioContent(scenarioId),
      ]);
      const { answers, draftEdits } = parsed.output.context;
      if (!scenario.isComplete(answers)) return null;
      const draft =
        draftEdits ??
        composeDraft(content.template, scenario.fields, scenario.answersOnPath(answers));
      return { scenarioId, draft: { subject: draft.subject, body: draft.body } };
    }),
  );
  return drafts.filter((draft) => draft !== null);
}
