/**
 * Which language a page speaks. English lives at the site root and every other language
 * under its own prefix (/es/…), so a coach can send a link in the family's language. The
 * language is fixed when the page loads; the language switch loads the other page.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

const PREFERENCE_KEY = 'common-ground.locale';

/** The site's base path without a trailing slash ("" at the root). */
const basePath = () => (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');

/** Splits "/es/records" into its language and the path inside the app ("/records"). */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const base = basePath();
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  const [, first, ...rest] = inside.split('/');
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) {
    return { locale: first, path: `/${rest.join('/')}` };
  }
  return { locale: DEFAULT_LOCALE, path: inside };
}

/** The address of `path` (inside the app) in `locale`: "/records" in Spanish is "/es/records". */
export function localeHref(locale: Locale, path: string): string {
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const inside = path === '/' && prefix ? '/' : path;
  return `${basePath()}${prefix}${inside}`;
}

/** The base the router works under for a language: links inside the app stay in it. */
export const routerBase = (locale: Locale) =>
  `${basePath()}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}`;

// Read from the address as soon as the app's code runs: modules that pick their words
// when first imported already see the page's language.
let current: Locale =
  typeof window === 'undefined' ? DEFAULT_LOCALE : splitLocale(window.location.pathname).locale;

/** For tests and scripts, which have no address. The language switch reloads the page instead. */
export function setPageLocale(locale: Locale): void {
  current = locale;
}

export const pageLocale = (): Locale => current;

export function preferredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(PREFERENCE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(PREFERENCE_KEY, locale);
  } catch {
    // Storage refused (private mode): the address still carries the language.
  }
}
