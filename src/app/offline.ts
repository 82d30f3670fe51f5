/**
 * The service worker that keeps Common Ground working offline (vite-plugin-pwa builds it
 * into sw.js: every page, chunk, content module and search index is precached on the
 * first visit). Loaded after the first screen, so it costs the first load nothing.
 *
 * A new version never takes over on its own: it waits, the app says so, and only the
 * parent's "Reload now" switches to it, after every open guide has saved. A form or reply
 * the parent has typed but not saved holds the reload back until it is saved or closed.
 * Another tab switching to the new version never reloads this one.
 */
import { Workbox } from 'workbox-window';
import { t } from '../lib/i18n/messages';
import { raiseNotice } from '../lib/notices';
import { flushSaves } from '../lib/storage/use-autosave';
import { hasUnsavedWork } from '../lib/unsaved-work';

/** How often an open app asks whether a new version is out (also on coming back to it). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** How long to wait for the new version to take charge before reloading anyway. */
const TAKEOVER_WAIT_MS = 3000;

export function startOffline(): void {
  const base = import.meta.env.BASE_URL;
  const worker = new Workbox(`${base}sw.js`, { scope: base });
  let reloading = false;
  /** This tab asked the waiting version to take over. */
  let switching = false;
  /** The new version already took over, from this tab or another. */
  let newVersionInCharge = false;

  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  const offer = (message: string) =>
    raiseNotice({
      id: 'update',
      tone: 'info',
      message,
      action: { label: t('app.update.reload'), run: () => void reloadNow() },
    });

  const reloadNow = async () => {
    if (hasUnsavedWork()) return offer(t('app.update.finishFirst'));
    await flushSaves();
    if (newVersionInCharge) return reloadOnce();
    switching = true;
    worker.messageSkipWaiting();
    // The page reloads once the new version is in charge ("controlling" below).
    setTimeout(reloadOnce, TAKEOVER_WAIT_MS);
  };

  worker.addEventListener('waiting', () => offer(t('app.update.ready')));
  worker.addEventListener('controlling', (event) => {
    // The first install takes charge too (isUpdate false): that is not a new version.
    if (!event.isUpdate && !event.isExternal) return;
    newVersionInCharge = true;
    // Only the tab whose parent chose to reload reloads; any other keeps its offer.
    if (switching) reloadOnce();
  });

  const check = () => void worker.update().catch(() => undefined);
  void worker
    .register()
    .then(() => {
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    })
    // No service worker (a private window, an old browser, http): the app still works
    // online, exactly as before.
    .catch(() => undefined);
}
