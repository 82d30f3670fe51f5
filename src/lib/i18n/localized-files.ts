/**
 * Content lives in one folder per language (content/en/…, content/es/…). Given files found
 * by a glob over every language, these helpers pick the page language's file for each path,
 * falling back to English for a file that language lacks (a test lists those for authors;
 * a parent never sees a blank).
 */
import { DEFAULT_LOCALE, pageLocale, type Locale } from './locale';

const LOCATED = /\/content\/([a-z]{2}(?:-[A-Z]{2})?)\/(.+)$/;

/** Splits ".../content/es/glossary/iep.mdx" into its language and "glossary/iep.mdx". */
export function contentPathOf(path: string): { locale: string; path: string } | null {
  const match = LOCATED.exec(path);
  return match ? { locale: match[1] ?? '', path: match[2] ?? '' } : null;
}

/** Each content path (relative to its language folder) with the file to use in `locale`. */
export function filesFor<T>(
  files: Record<string, T>,
  locale: Locale = pageLocale(),
): Record<string, T> {
  const chosen: Record<string, T> = {};
  const english: Record<string, T> = {};
  for (const [full, file] of Object.entries(files)) {
    const located = contentPathOf(full);
    if (!located) continue;
    if (located.locale === locale) chosen[located.path] = file;
    else if (located.locale === DEFAULT_LOCALE) english[located.path] = file;
  }
  return { ...english, ...chosen };
}
