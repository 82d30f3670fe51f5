/**
 * Which family's data this tab works with, and whether coach mode is on. A parent
 * uses the default workspace; a coach keeps each client family in a workspace of its
 * own, stored in a separate database, so nothing from one family can show in another.
 * The choice is per tab (a coach may have two families open side by side) and
 * remembered for the next visit.
 *
 * A tab's workspace is fixed when the tab opens (the one it had before a reload, else the
 * one last chosen in any tab) and changes only when this tab switches. It is never read
 * again from shared storage, since another tab switching there must not move this tab's
 * writes into another family's database.
 */
const WORKSPACE_KEY = 'common-ground.workspace';
const WORKSPACE_NAME_KEY = 'common-ground.workspace-name';
const COACH_KEY = 'common-ground.coach-mode';

function read(storage: 'sessionStorage' | 'localStorage', key: string): string | null {
  try {
    return globalThis[storage]?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  for (const storage of ['sessionStorage', 'localStorage'] as const) {
    try {
      globalThis[storage]?.setItem(key, value);
    } catch {
      // Storage refused (private mode): the choice lasts as long as the page.
    }
  }
}

interface TabWorkspace {
  id: string;
  name: string;
}

let pinned: TabWorkspace | null = null;

function tabWorkspace(): TabWorkspace {
  if (pinned) return pinned;
  const own = read('sessionStorage', WORKSPACE_KEY);
  const source = own === null ? 'localStorage' : 'sessionStorage';
  const id = own ?? read('localStorage', WORKSPACE_KEY) ?? '';
  pinned = { id, name: id ? (read(source, WORKSPACE_NAME_KEY) ?? '') : '' };
  // Kept with this tab, so a reload stays in it whatever another tab chooses meanwhile.
  try {
    globalThis.sessionStorage?.setItem(WORKSPACE_KEY, pinned.id);
    globalThis.sessionStorage?.setItem(WORKSPACE_NAME_KEY, pinned.name);
  } catch {
    // Storage refused: the workspace lasts as long as the page.
  }
  return pinned;
}

/** '' is the parent's own workspace; otherwise a family id. Fixed for the tab. */
export const activeWorkspace = (): string => tabWorkspace().id;

/** The family's name, shown in the header whenever a family's workspace is open. */
export const activeWorkspaceName = (): string => tabWorkspace().name;

/** For tests: read the workspace again, as a tab opened now would. */
export function reopenTab(): void {
  pinned = null;
}

/** Switching reloads the page, so no screen keeps showing the previous family's data. */
export function switchWorkspace(id: string, name: string): void {
  write(WORKSPACE_KEY, id);
  write(WORKSPACE_NAME_KEY, id ? name : '');
  pinned = { id, name: id ? name : '' };
  globalThis.location?.reload();
}

export const coachMode = (): boolean => read('localStorage', COACH_KEY) === 'on';

export function setCoachMode(on: boolean): void {
  write(COACH_KEY, on ? 'on' : 'off');
}
