/**
 * Saves a flow's persisted snapshot shortly after each change, and at once when the tab
 * is hidden or closed. Saves run one after another, so a tab never races itself; a
 * save refused because another tab saved newer work stops saving here and says so, and a
 * save that finds its record gone (storage cleared) saves it again and advises a backup.
 */
import { useEffect, useState } from 'react';
import type { AnyActorRef } from 'xstate';
import { t } from '../i18n/messages';
import { dismissNotice, raiseNotice } from '../notices';
import { activeWorkspaceName } from '../workspace';
import { saveFlow } from './flow-store';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'stopped' | 'off';

const SAVE_DELAY_MS = 250;

/** What was on screen is saved again; what else was stored may be gone, so advise a backup. */
function announceStorageCleared() {
  raiseNotice({
    id: 'storage-cleared',
    tone: 'warning',
    message: t('storage.cleared'),
    action: {
      label: t('storage.downloadBackup'),
      // Loaded only when asked for, so the backup code stays off the first screen.
      run: () =>
        void import('./backup-download')
          .then(({ downloadBackup }) => downloadBackup())
          .then((downloaded) => {
            if (downloaded) dismissNotice('storage-cleared');
            else raiseNotice({ id: 'save', tone: 'warning', message: t('storage.saveFailed') });
          })
          .catch(() => undefined),
    },
  });
}

/** Every open flow's "save now", so the page can save before it reloads (a language switch). */
const flushers = new Set<() => Promise<void>>();

/** Saves whatever is waiting in every open flow, and resolves once it is stored. */
export async function flushSaves(): Promise<void> {
  await Promise.all([...flushers].map((flushNow) => flushNow()));
}

export function useAutosave(
  actor: AnyActorRef,
  flow: { scenarioId: string; machineVersion: number; revision: number; storage: 'on' | 'off' },
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>(flow.storage === 'off' ? 'off' : 'idle');
  const { scenarioId, machineVersion, storage } = flow;

  useEffect(() => {
    if (storage === 'off') return;
    let revision = flow.revision;
    let stopped = false;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let queue = Promise.resolve();

    const save = async () => {
      if (stopped) return;
      pending = false;
      const result = await saveFlow(
        { scenarioId, machineVersion, snapshot: actor.getPersistedSnapshot() },
        revision,
      );
      if (result.kind === 'saved') {
        revision = result.revision;
        dismissNotice('save');
        if (result.restored) announceStorageCleared();
        setStatus('saved');
      } else if (result.kind === 'set-aside') {
        // The screen failed and its progress was set aside; the page says so already.
        stopped = true;
        setStatus('stopped');
      } else if (result.kind === 'conflict') {
        stopped = true;
        raiseNotice({ id: 'save', tone: 'warning', message: t('storage.otherTab') });
        setStatus('stopped');
      } else if (result.fault === 'gone') {
        stopped = true;
        const name = activeWorkspaceName() || t('coach.families.thisFamily');
        raiseNotice({ id: 'save', tone: 'warning', message: t('storage.workspaceGone', { name }) });
        setStatus('failed');
      } else {
        const message = t(result.fault === 'quota' ? 'storage.storageFull' : 'storage.saveFailed');
        raiseNotice({ id: 'save', tone: 'warning', message });
        setStatus('failed');
      }
    };
    const flush = () => {
      if (!pending) return queue;
      clearTimeout(timer);
      // A save that throws must not stop every later save from running.
      queue = queue.then(save).catch(() => {
        raiseNotice({ id: 'save', tone: 'warning', message: t('storage.saveFailed') });
        setStatus('failed');
      });
      return queue;
    };
    flushers.add(flush);
    let lastValue = JSON.stringify(actor.getSnapshot().value);
    // Typing is saved after a short pause; moving to another step is saved at once, so
    // leaving right after "Continue" never loses the step.
    const schedule = (snapshot: { value?: unknown }) => {
      if (stopped) return;
      pending = true;
      setStatus('saving');
      clearTimeout(timer);
      const value = JSON.stringify(snapshot.value);
      if (value !== lastValue) {
        lastValue = value;
        flush();
      } else timer = setTimeout(flush, SAVE_DELAY_MS);
    };
    const onHidden = () => void (document.visibilityState === 'hidden' && flush());

    const onLeave = () => void flush();

    const subscription = actor.subscribe(schedule);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    return () => {
      subscription.unsubscribe();
      flushers.delete(flush);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
      void flush();
    };
    // The revision is only a starting point; later saves track it inside the effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor, scenarioId, machineVersion, storage]);

  return status;
}
