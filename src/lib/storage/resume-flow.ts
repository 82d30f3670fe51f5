/**
 * Resumes any saved flow (a guide or a rehearsal): loads what is stored under its id,
 * keeps it only if `restore` says it still fits, and otherwise sets it aside with a
 * notice that offers the set-aside copy as a download, so nothing is ever lost silently.
 */
import type { Snapshot } from 'xstate';
import { downloadText } from '../download';
import { fillIn } from '../fill-in';
import { raiseNotice } from '../notices';
import type { FlowRecordV1 } from './database';
import { loadFlow, setAside, setAsideRecords } from './flow-store';

export interface ResumeWords {
  storageUnavailable: string;
  setAsideCorrupted: string;
  setAsideOutdated: string;
  downloadSetAside: string;
}

export interface ResumedFlow {
  snapshot: Snapshot<unknown> | undefined;
  /** The stored revision this tab continues from; 0 when nothing is stored. */
  revision: number;
  storage: 'on' | 'off';
}

export function announceSetAside(flowId: string, message: string, downloadLabel: string): void {
  raiseNotice({
    id: `set-aside-${flowId}`,
    tone: 'warning',
    message,
    action: {
      label: downloadLabel,
      run: () =>
        void setAsideRecords().then((records) =>
          downloadText(
            `common-ground-set-aside-${flowId.replace(/[^a-z0-9-]+/gi, '-')}.json`,
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
  flowId: string,
  title: string,
  restore: (saved: FlowRecordV1) => Snapshot<unknown> | null,
  words: ResumeWords,
): Promise<ResumedFlow> {
  const fresh: ResumedFlow = { snapshot: undefined, revision: 0, storage: 'on' };
  const saved = await loadFlow(flowId);
  switch (saved.kind) {
    case 'none':
      return fresh;
    case 'unavailable':
      raiseNotice({ id: 'storage', tone: 'warning', message: words.storageUnavailable });
      return { ...fresh, storage: 'off' };
    case 'set-aside':
      announceSetAside(flowId, fillIn(words.setAsideCorrupted, { title }), words.downloadSetAside);
      return fresh;
    case 'found': {
      const snapshot = restore(saved.record);
      if (snapshot) return { ...fresh, snapshot, revision: saved.record.revision };
      await setAside(flowId, 'outdated', saved.record);
      announceSetAside(flowId, fillIn(words.setAsideOutdated, { title }), words.downloadSetAside);
      return fresh;
    }
  }
}
