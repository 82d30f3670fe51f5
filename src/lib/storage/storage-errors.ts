/** Sorts the many ways a browser can refuse to store into the few a parent must hear about. */
/** 'gone': the family's workspace this tab shows is no longer on this device. */
export type StorageFault = 'quota' | 'unavailable' | 'gone';

export function faultOf(error: unknown): StorageFault {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}
