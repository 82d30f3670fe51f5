/**
 * Finds scenarios, tips, reframes and terms from a parent's own words.
 *
 * Documents are split into words once. Each word of a query is matched against that
 * vocabulary: exactly, or fuzzily with Fuse.js for words long enough to carry a typo
 * ("evalution"). A matched word counts for more when it is rare across documents and
 * when it sits in a title or a situation phrase rather than in body text; two query words
 * that appear side by side in a title or phrase ("back to school") count extra.
 */
import Fuse from 'fuse.js';
import type { SearchDocument } from './search-types';

export interface SearchResult {
  document: SearchDocument;
  score: number;
}

/** Words too common in parents' questions to say anything about the situation. */
const STOPWORDS = new Set(
  'a an and are as at be but by can do does for from get got has have how i im in is it its me my of on or our she he so that the their them they this to was we what when with you your his her him about after before just kid kids child childs son daughter'.split(
    ' ',
  ),
);

/** British spellings, common slips and plain synonyms, read as the words the content uses. */
const SAME_AS: Record<string, string> = {
  respond: 'reply',
  response: 'reply',
  responding: 'reply',
  behaviour: 'behavior',
  behavioural: 'behavioral',
  counsellor: 'counselor',
  practise: 'practice',
  organise: 'organize',
  principle: 'principal',
  recognise: 'recognize',
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map((word) => SAME_AS[word] ?? word);
}

export const queryWords = (query: string) => [...new Set(words(query))];

const FIELD_WEIGHT = { keywords: 3, title: 2, text: 1 } as const;
/** A weaker lead from a tip, a reframe or a term to the scenario it belongs to. */
const KIND_WEIGHT: Record<SearchDocument['kind'], number> = {
  scenario: 1,
  tip: 0.55,
  phrase: 0.5,
  term: 0.6,
};
const PHRASE_BONUS = 2;
/** Shorter words ("504", "iep", "ot") only match exactly: a typo there is another word. */
const FUZZY_FROM_LENGTH = 5;

const pairsOf = (list: string[]) => list.slice(1).map((word, i) => `${list[i]} ${word}`);

export function createSearch(documents: readonly SearchDocument[]) {
  /** For each word: the documents holding it, with the weight of the best field it is in. */
  const postings = new Map<string, Map<number, number>>();
  const phrases = documents.map(() => new Set<string>());
  documents.forEach((document, index) => {
    const fields = [
      ...document.keywords.map((text) => ['keywords', text] as const),
      ['title', document.title] as const,
      ['text', document.text] as const,
    ];
    for (const [field, text] of fields) {
      const list = words(text);
      for (const word of list) {
        const docs = postings.get(word) ?? new Map<number, number>();
        docs.set(index, Math.max(docs.get(index) ?? 0, FIELD_WEIGHT[field]));
        postings.set(word, docs);
      }
      if (field !== 'text') for (const pair of pairsOf(list)) phrases[index]?.add(pair);
    }
  });
  const vocabulary = new Fuse([...postings.keys()], { includeScore: true, threshold: 0.3 });
  const rarity = (word: string) =>
    Math.log(1 + documents.length / (postings.get(word)?.size ?? documents.length));

  /** Vocabulary words a query word stands for, each with how close it is (1 = exact). */
  function matchesOf(word: string): [string, number][] {
    if (word.length < FUZZY_FROM_LENGTH) return postings.has(word) ? [[word, 1]] : [];
    return vocabulary
      .search(word)
      .filter(({ item }) => Math.abs(item.length - word.length) <= 2 && item[0] === word[0])
      .map(({ item, score }) => [item, 1 - (score ?? 1)]);
  }

  function search(query: string, limit = 8): SearchResult[] {
    const scores = new Map<number, number>();
    const asked = queryWords(query);
    for (const word of asked) {
      const best = new Map<number, number>();
      for (const [match, closeness] of matchesOf(word)) {
        for (const [doc, weight] of postings.get(match) ?? []) {
          best.set(doc, Math.max(best.get(doc) ?? 0, closeness * weight * rarity(match)));
        }
      }
      for (const [doc, score] of best) scores.set(doc, (scores.get(doc) ?? 0) + score);
    }
    for (const pair of pairsOf(words(query))) {
      phrases.forEach((set, doc) => {
        if (set.has(pair) && scores.has(doc))
          scores.set(doc, (scores.get(doc) ?? 0) + PHRASE_BONUS);
      });
    }
    return [...scores]
      .flatMap(([doc, score]) => {
        const document = documents[doc];
        return document ? [{ document, score: score * KIND_WEIGHT[document.kind] }] : [];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** Scenario ids, best first: each scenario ranked by its strongest lead. */
  function scenariosFor(query: string, limit = 3): string[] {
    const best = new Map<string, number>();
    for (const { document, score } of search(query, documents.length)) {
      if (document.scenario && score > (best.get(document.scenario) ?? 0))
        best.set(document.scenario, score);
    }
    return [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id);
  }

  return { search, scenariosFor };
}

export type Search = ReturnType<typeof createSearch>;
