/**
 * Resumes any saved flow (a guide or a rehearsal): loads what is stored under its id,
 * keeps it only if `restore` says it still fits, and otherwise sets it aside with a
 * notice that offers the set-aside copy as a download, so nothing is ever lost silently.
 */
import type { Snapshot } from 'xstate';
import { downloadText } from '../download';
import { fillIn } from '../fill-in';
import { t } from '../i18n/messages';
import { raiseNotice } from '../notices';
import { restoresCleanly, type FlowContract } from './flow-contract';
import { loadFlow, resumeSaving, setAside, setAsideRecords } from './flow-store';

/** What the parent is told when saved progress cannot be used ("{title}" is the flow's). */
export interface ResumeWords {
  storageUnavailable: string;
  setAsideCorrupted: string;
  setAsideOutdated: string;
}

export interface ResumedFlow {
  snapshot: Snapshot<unknown> | undefined;
  /** The stored revision this tab continues from; 0 when nothing is stored. */
  revision: number;
  storage: 'on' | 'off';
}

export function announceSetAside(flowId: string, message: string): void {
  raiseNotice({
    id: `set-aside-${flowId}`,
    tone: 'warning',
    message,
    action: {
      label: t('storage.downloadSetAside'),
      run: () =>
        void setAsideRecords().then((records) =>
          downloadText(
            `${t('app.files.setAside', { guide: flowId.replace(/[^a-z0-9-]+/gi, '-') })}.json`,
            JSON.stringify(
              records.filter((record) => record.scenarioId === flowId),
              null,
              2,
            ),
            'application/json',
          ),
        ),
    },
  });
}

export async function resumeFlow(
  flow: FlowContract,
  title: string,
  words: ResumeWords,
): Promise<ResumedFlow> {
  const { flowId } = flow;
  const fresh: ResumedFlow = { snapshot: undefined, revision: 0, storage: 'on' };
  resumeSaving(flowId);
  const saved = await loadFlow(flowId);
  switch (saved.kind) {
    case 'none':
      return fresh;
    case 'unavailable':
      raiseNotice({ id: 'storage', tone: 'warning', message: words.storageUnavailable });
      return { ...fresh, storage: 'off' };
    case 'set-aside':
      announceSetAside(flowId, fillIn(words.setAsideCorrupted, { title }));
      return fresh;
    case 'found': {
      const snapshot = flow.restore(saved.record);
      if (!snapshot) {
        // Saved by this very version and still not fitting: it was damaged, not outgrown.
        const reason = saved.record.machineVersion === flow.version ? 'corrupted' : 'outdated';
        await setAside(flowId, reason, saved.record);
        announceSetAside(
          flowId,
          fillIn(reason === 'corrupted' ? words.setAsideCorrupted : words.setAsideOutdated, {
            title,
          }),
        );
        return fresh;
      }
      if (!restoresCleanly(flow.machine, snapshot)) {
        // It fits the flow's schema but not XState: set aside once, never crashed on again.
        await setAside(flowId, 'corrupted', saved.record);
        announceSetAside(flowId, fillIn(words.setAsideCorrupted, { title }));
        return fresh;
      }
      return { ...fresh, snapshot, revision: saved.record.revision };
    }
  }
}
