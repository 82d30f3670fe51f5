/** One thing a parent can find: a scenario, a step's tip, a reframe, or a glossary term. */
export interface SearchDocument {
  id: string;
  kind: 'scenario' | 'tip' | 'phrase' | 'term';
  title: string;
  /** Words matched at full weight: a scenario's situations, a term's other names. */
  keywords: string[];
  /** Longer text matched at lower weight and shown as the result's excerpt. */
  text: string;
  /** The scenario this document leads to, if any. */
  scenario: string | null;
  href: string;
}
