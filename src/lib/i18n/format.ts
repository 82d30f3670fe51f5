/**
 * Dates, lists and numbers in the page's language, through Intl. Calendar dates are kept as
 * YYYY-MM-DD (a day, not an instant), so they are read and written in UTC and never shift
 * by a day across time zones.
 */
import { pageLocale, type Locale } from './locale';

const DAY_MS = 24 * 60 * 60 * 1000;

const dayOf = (iso: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "September 14, 2026" / "14 de septiembre de 2026"; anything not a date is returned as is. */
export function formatDay(iso: string, locale: Locale = pageLocale()): string {
  const date = dayOf(iso);
  return date
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    : iso;
}

/** "Monday, September 14" (the year only when it is not this one). */
export function formatWeekday(iso: string, today: string, locale: Locale = pageLocale()): string {
  const date = dayOf(iso);
  if (!date) return iso;
  const sameYear = iso.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/** The calendar day of an instant on this device, as words ("September 14, 2026"). */
export function formatInstantDay(ms: number, locale: Locale = pageLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(ms));
}

/** Whole days from `today` to `iso` (both YYYY-MM-DD): negative in the past. */
export function daysBetween(today: string, iso: string): number | null {
  const from = dayOf(today);
  const to = dayOf(iso);
  return from && to ? Math.round((to.getTime() - from.getTime()) / DAY_MS) : null;
}

/** "today", "tomorrow", "in 3 days", "2 weeks ago": how far a day is from today, in words. */
export function formatRelativeDay(
  iso: string,
  today: string,
  locale: Locale = pageLocale(),
): string {
  const days = daysBetween(today, iso);
  if (days === null) return iso;
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) < 14) return words.format(days, 'day');
  if (Math.abs(days) < 60) return words.format(Math.trunc(days / 7), 'week');
  return words.format(Math.trunc(days / 30), 'month');
}

/** "Friday, November 20 (in 3 days)": a day to act on, with how far it is from today. */
export function formatDayFromToday(
  iso: string,
  today: string,
  locale: Locale = pageLocale(),
): string {
  if (daysBetween(today, iso) === null) return iso;
  return `${formatWeekday(iso, today, locale)} (${formatRelativeDay(iso, today, locale)})`;
}

/** "20,000" / "20.000". */
export function formatNumber(value: number, locale: Locale = pageLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "reading, spelling and math" / "lectura, ortografía y matemáticas". */
export function formatList(items: readonly string[], locale: Locale = pageLocale()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
