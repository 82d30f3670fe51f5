/**
 * Asks the browser to keep this site's data even when space runs low. Asked once, at
 * the moment a parent saves something worth keeping, since some browsers prompt.
 */
let asked = false;

export function requestPersistentStorage(): void {
  if (asked) return;
  asked = true;
  void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
}
