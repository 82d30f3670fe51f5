/**
 * Which family's data this tab works with, and whether coach mode is on. A parent
 * uses the default workspace; a coach keeps each client family in a workspace of its
 * own, stored in a separate database, so nothing from one family can show in another.
 * The choice is per tab (a coach may have two families open side by side) and
 * remembered for the next visit.
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

/** '' is the parent's own workspace; otherwise a family id. */
export const activeWorkspace = (): string =>
  read('sessionStorage', WORKSPACE_KEY) ?? read('localStorage', WORKSPACE_KEY) ?? '';

/** The family's name, shown in the header whenever a family's workspace is open. */
export const activeWorkspaceName = (): string =>
  read('sessionStorage', WORKSPACE_NAME_KEY) ?? read('localStorage', WORKSPACE_NAME_KEY) ?? '';

/** Switching reloads the page, so no screen keeps showing the previous family's data. */
export function switchWorkspace(id: string, name: string): void {
  write(WORKSPACE_KEY, id);
  write(WORKSPACE_NAME_KEY, id ? name : '');
  globalThis.location?.reload();
}

export const coachMode = (): boolean => read('localStorage', COACH_KEY) === 'on';

export function setCoachMode(on: boolean): void {
  write(COACH_KEY, on ? 'on' : 'off');
}
