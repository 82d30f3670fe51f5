import type { LogEntry } from './record-schemas';

/** Newest first; entries on the same day keep the order they were written in. */
export const byDateDescending = (a: LogEntry, b: LogEntry) =>
  b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt;
