/**
 * One thing a parent can find: a guide, a step's tip, a reframe, a glossary term, or a
 * rehearsal.
 */
export interface SearchDocument {
  id: string;
  kind: 'scenario' | 'tip' | 'phrase' | 'term' | 'rehearsal';
  title: string;
  /** Words matched at full weight: a guide's situations, a term's other names. */
  keywords: string[];
  /** Longer text matched at lower weight and shown as the result's excerpt. */
  text: string;
  /** The guide ("raise-concern") or rehearsal ("rehearsal:missed-recess") it leads to. */
  leadsTo: string | null;
  href: string;
}

/** The words search ignores and the words it reads as others, per language. */
export interface SearchWords {
  stopwords: string[];
  sameAs: Record<string, string>;
  /** Endings taken off a word before it is matched ("calling" → "call"), longest first. */
  suffixes: string[];
  /** How a parent asks to practise a conversation: every rehearsal is found by these. */
  rehearsalKeywords: string[];
}
