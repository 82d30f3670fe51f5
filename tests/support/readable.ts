/**
 * What a reader notices at once in a draft: a sentence that starts in lower case, a word
 * or a mark written twice, a greeting inside a greeting, a paragraph left without its end;
 * in Spanish also a question without its opening "¿". Returns each problem with the words
 * around it.
 */
import type { Locale } from '../../src/lib/i18n/locale';

const GREETINGS: Record<Locale, string> = {
  en: '(?:Dear|Hi|Hello)',
  es: '(?:Hola|Buenos días|Buenas tardes|Buenas noches|Estimad[oa]s?|Querid[oa]s?)',
};

export function readingProblems(text: string, locale: Locale = 'en'): string[] {
  const problems: string[] = [];
  const around = (index: number) =>
    text.slice(Math.max(0, index - 25), index + 25).replace(/\n/g, '⏎');
  for (const match of text.matchAll(/(?:^|[.!?]["”’)]?\s+)[¿¡]?(\p{Ll})/gmu))
    problems.push(`starts in lower case: “${around(match.index ?? 0)}”`);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/giu)) {
    if (!['that', 'had', 'very', 'so', 'ha'].includes((match[1] ?? '').toLowerCase()))
      problems.push(`doubled word: “${around(match.index ?? 0)}”`);
  }
  for (const match of text.matchAll(/(?<!\.)\.\.(?!\.)|[,;:][.,;:!?]|[!?]{2,}|\s[,.;:!?]/gu))
    problems.push(`doubled or stray punctuation: “${around(match.index ?? 0)}”`);
  const greeting = GREETINGS[locale];
  const twice = new RegExp(`^${greeting}(?![\\p{L}])[^\\n]*\\b${greeting}(?![\\p{L}])`, 'gimu');
  for (const match of text.matchAll(twice))
    problems.push(`greeting inside a greeting: “${match[0]}”`);
  if (locale === 'es') {
    // A question in Spanish opens with "¿" in the same sentence.
    for (const match of text.matchAll(/(?:^|[.!?…]\s+)([^.!?…¿\n]*)\?/gmu))
      problems.push(`question without “¿”: “${around(match.index ?? 0)}”`);
  }
  return problems;
}
