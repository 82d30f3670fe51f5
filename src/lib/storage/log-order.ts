import type { LogEntry } from './record-schemas';

/** Newest first; entries on the same day keep the order they were written in. */
export const byDateDescending = (a: LogEntry, b: LogEntry) =>
  b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt;

/** A follow-up whose day has passed and that nobody has marked done. */
export const isOverdue = (entry: LogEntry, day: string) =>
  entry.followUpDate !== '' && !entry.followUpDone && entry.followUpDate < day;

/** A follow-up still to do, on `day` or later: what a calendar can still remind about. */
export const isUpcoming = (entry: LogEntry, day: string) =>
  entry.followUpDate !== '' && !entry.followUpDone && entry.followUpDate >= day;
