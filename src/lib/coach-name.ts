/**
 * The coach's own name, set once in coach settings and printed on every family's packet
 * cover. It belongs to the coach, not to a family, so it is kept on the device outside any
 * family's workspace.
 */
const KEY = 'common-ground.coach-name';

export function coachName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** False when the browser refuses to keep it (the name then lasts for this page only). */
export function setCoachName(name: string): boolean {
  try {
    globalThis.localStorage?.setItem(KEY, name.trim());
    return true;
  } catch {
    return false;
  }
}
