/** Sorts the many ways a browser can refuse to store into the few a parent must hear about. */
export type StorageFault = 'quota' | 'unavailable';

export function faultOf(error: unknown): StorageFault {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}
