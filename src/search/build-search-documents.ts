/**
 * Turns content (frontmatter and MDX bodies, as read from disk at build time) into the
 * flat list of search documents. Pure, so it is tested without Vite or a browser.
 */
import type { SearchDocument } from './search-types';

export interface ContentFile {
  /** The file's name without extension: the scenario step id, or the glossary slug. */
  name: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface SearchSource {
  scenarios: { id: string; about: ContentFile; steps: ContentFile[] }[];
  glossary: ContentFile[];
  phrases: { instead: string; try: string; why: string; scenario: string }[];
  rehearsals: { id: string; title: string; summary: string; when: string; situation: string }[];
  /** The words that find every rehearsal ("practice", "rehearse"), in the source's language. */
  rehearsalKeywords: string[];
}

/** MDX body to plain words: coach-only notes, markup and markdown syntax removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<CoachNote>[\s\S]*?<\/CoachNote>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asStrings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function buildSearchDocuments(source: SearchSource): SearchDocument[] {
  const scenarioDocs = source.scenarios.flatMap(({ id, about, steps }) => [
    {
      id: `scenario:${id}`,
      kind: 'scenario' as const,
      title: asString(about.frontmatter.title),
      keywords: [...asStrings(about.frontmatter.situations), asString(about.frontmatter.when)],
      text: `${asString(about.frontmatter.summary)} ${plainText(about.body)}`,
      leadsTo: id,
      href: `/scenarios/${id}`,
    },
    ...steps.map((step) => ({
      id: `tip:${id}/${step.name}`,
      kind: 'tip' as const,
      title: asString(step.frontmatter.title),
      keywords: [],
      text: plainText(step.body),
      leadsTo: id,
      href: `/scenarios/${id}`,
    })),
  ]);
  const phraseDocs = source.phrases.map((phrase, index) => ({
    id: `phrase:${index + 1}`,
    kind: 'phrase' as const,
    title: `Instead of “${phrase.instead}”, try “${phrase.try}”`,
    keywords: [phrase.instead],
    text: `${phrase.try} ${phrase.why}`,
    leadsTo: phrase.scenario,
    href: `/phrases#phrase-${index + 1}`,
  }));
  const termDocs = source.glossary.map((term) => ({
    id: `term:${term.name}`,
    kind: 'term' as const,
    title: asString(term.frontmatter.term),
    keywords: asStrings(term.frontmatter.also),
    // The short answer first: it is what a parent asking "what is …?" needs to see.
    text: [asString(term.frontmatter.answer), plainText(term.body)].filter(Boolean).join(' '),
    leadsTo: asStrings(term.frontmatter.scenarios)[0] ?? null,
    href: `/glossary#${term.name}`,
  }));
  const rehearsalDocs = source.rehearsals.map((rehearsal) => ({
    id: `rehearsal:${rehearsal.id}`,
    kind: 'rehearsal' as const,
    title: rehearsal.title,
    keywords: source.rehearsalKeywords,
    // The example child's name is no help to a parent searching for their own situation.
    text: `${rehearsal.when}. ${rehearsal.summary} ${rehearsal.situation.replace(/\{child\}/g, '')}`,
    leadsTo: `rehearsal:${rehearsal.id}`,
    href: `/rehearsals/${rehearsal.id}`,
  }));
  return [...scenarioDocs, ...phraseDocs, ...termDocs, ...rehearsalDocs];
}
