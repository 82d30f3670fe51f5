/**
 * Finds guides, tips, reframes, terms and rehearsals from a parent's own words.
 *
 * Documents are split into words once. Each word of a query is matched against that
 * vocabulary: exactly, or fuzzily with Fuse.js for words long enough to carry a typo
 * ("evalution"). Fuzzy matching only looks among words with the same first letter (a typo
 * rarely changes it) and about the same length, which keeps a keystroke cheap. A matched
 * word counts for more when it is rare across documents and when it sits in a title or a
 * situation phrase rather than in body text; two query words side by side in a title or
 * phrase ("back to school") count extra. Every result says why it matched: a snippet with the matched words marked.
 */
import { fuzzyWords } from './fuzzy-words';
import type { SearchDocument, SearchWords } from './search-types';

export interface Snippet {
  text: string;
  /** Where the matched words are in `text`, as [start, end) offsets. */
  marks: [number, number][];
}

export interface SearchResult {
  document: SearchDocument;
  score: number;
  /** Why it matched: the phrase or passage holding the words the parent typed. */
  snippet: Snippet;
}

const FIELD_WEIGHT = { keywords: 3, title: 2, text: 1 } as const;
/** A weaker lead from a tip, a reframe or a term to the guide it belongs to. */
const KIND_WEIGHT: Record<SearchDocument['kind'], number> = {
  scenario: 1,
  rehearsal: 0.6,
  tip: 0.55,
  phrase: 0.5,
  term: 0.6,
};
/** A parent who asks to practise ("rehearse", "practice what to say") wants a rehearsal. */
const PRACTICE_WEIGHT = 1.4;
const PHRASE_BONUS = 2;
/** Shorter words ("504", "iep", "ot") only match exactly: a typo there is another word. */
const FUZZY_FROM_LENGTH = 5;
/** A fuzzy match is at most this many letters longer or shorter than the word typed. */
const MAX_LENGTH_DIFFERENCE = 2;
/** How much of a long passage a snippet shows around the first matched word. */
const SNIPPET_WORDS = 14;
/** The best lead is clearly best when the next one scores at most this share of it. */
const CLEARLY_BEST = 0.7;

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '');

const pairsOf = (list: string[]) => list.slice(1).map((word, i) => `${list[i]} ${word}`);

export function createSearch(documents: readonly SearchDocument[], config: SearchWords) {
  const stopwords = new Set(config.stopwords);
  const suffixes = [...config.suffixes].sort((a, b) => b.length - a.length);
  /** "calling" and "calls" are "call": a stem of four letters or more is kept. */
  const stem = (word: string) => {
    const suffix = suffixes.find((end) => word.endsWith(end) && word.length - end.length >= 4);
    return suffix ? word.slice(0, -suffix.length) : word;
  };
  /** The words of a text, each as [stem, length as typed]. */
  const typedWords = (text: string): [string, number][] =>
    fold(text)
      .split(/[^a-z0-9ñ]+/)
      .filter((word) => word.length > 1 && !stopwords.has(word))
      .map((word) => [stem(config.sameAs[word] ?? word), word.length]);
  const words = (text: string): string[] => typedWords(text).map(([word]) => word);

  /** For each word: the documents holding it, with the weight of the best field it is in. */
  const postings = new Map<string, Map<number, number>>();
  const phrases = documents.map(() => new Set<string>());
  const fieldsOf = (document: SearchDocument) => [
    ...document.keywords.map((text) => ['keywords', text] as const),
    ['title', document.title] as const,
    ['text', document.text] as const,
  ];
  documents.forEach((document, index) => {
    for (const [field, text] of fieldsOf(document)) {
      const list = words(text);
      for (const word of list) {
        const docs = postings.get(word) ?? new Map<number, number>();
        docs.set(index, Math.max(docs.get(index) ?? 0, FIELD_WEIGHT[field]));
        postings.set(word, docs);
      }
      if (field !== 'text') for (const pair of pairsOf(list)) phrases[index]?.add(pair);
    }
  });
  // Small fuzzy indexes by first letter and length instead of one over the whole vocabulary.
  const fuzzy = fuzzyWords(postings.keys(), {
    threshold: 0.3,
    maxLengthDifference: MAX_LENGTH_DIFFERENCE,
  });
  const practiceWords = new Set(config.rehearsalKeywords.flatMap((phrase) => words(phrase)));
  const rarity = (word: string) =>
    Math.log(1 + documents.length / (postings.get(word)?.size ?? documents.length));

  /** Vocabulary words a query word stands for, each with how close it is (1 = exact). */
  function matchesOf(word: string, typed: number): [string, number][] {
    if (typed < FUZZY_FROM_LENGTH) return postings.has(word) ? [[word, 1]] : [];
    return fuzzy(word).map(([item, score]) => [item, 1 - score]);
  }

  /** The first field of the document holding a matched word, with those words marked. */
  function snippetOf(document: SearchDocument, matched: ReadonlySet<string>): Snippet {
    for (const [field, text] of fieldsOf(document)) {
      const tokens = [...text.matchAll(/[\p{L}\p{N}'’]+/gu)];
      const hits = tokens.filter((token) => {
        const [word] = words(token[0]);
        return word !== undefined && matched.has(word);
      });
      if (hits.length === 0) continue;
      let start = 0;
      let end = text.length;
      if (field === 'text') {
        const first = tokens.indexOf(hits[0]!);
        const from = tokens[Math.max(0, first - 4)];
        const to = tokens[Math.min(tokens.length - 1, first + SNIPPET_WORDS - 4)];
        start = from?.index ?? 0;
        end = (to?.index ?? 0) + (to?.[0].length ?? 0);
      }
      const shown = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
      const shift = (start > 0 ? 1 : 0) - start;
      const marks = hits
        .filter((hit) => (hit.index ?? 0) >= start && (hit.index ?? 0) < end)
        .map((hit): [number, number] => [
          (hit.index ?? 0) + shift,
          (hit.index ?? 0) + shift + hit[0].length,
        ]);
      return { text: shown, marks };
    }
    return { text: document.title, marks: [] };
  }

  /** Every matching document, best first, with its score (no snippets: they cost). */
  function ranked(query: string) {
    const scores = new Map<number, number>();
    const matchedIn = new Map<number, Set<string>>();
    for (const [word, typed] of new Map(typedWords(query))) {
      const best = new Map<number, { score: number; match: string }>();
      for (const [match, closeness] of matchesOf(word, typed)) {
        for (const [doc, weight] of postings.get(match) ?? []) {
          const score = closeness * weight * rarity(match);
          if (score > (best.get(doc)?.score ?? 0)) best.set(doc, { score, match });
        }
      }
      for (const [doc, { score, match }] of best) {
        scores.set(doc, (scores.get(doc) ?? 0) + score);
        matchedIn.set(doc, (matchedIn.get(doc) ?? new Set()).add(match));
      }
    }
    for (const pair of pairsOf(words(query))) {
      phrases.forEach((set, doc) => {
        if (set.has(pair) && scores.has(doc))
          scores.set(doc, (scores.get(doc) ?? 0) + PHRASE_BONUS);
      });
    }
    const practising = words(query).some((word) => practiceWords.has(word));
    const weightOf = (kind: SearchDocument['kind']) =>
      kind === 'rehearsal' && practising ? PRACTICE_WEIGHT : KIND_WEIGHT[kind];
    return [...scores]
      .flatMap(([doc, score]) => {
        const document = documents[doc];
        return document ? [{ document, score: score * weightOf(document.kind), doc }] : [];
      })
      .sort((a, b) => b.score - a.score)
      .map((result) => ({ ...result, matched: matchedIn.get(result.doc) ?? new Set<string>() }));
  }

  function search(query: string, limit = 8): SearchResult[] {
    return ranked(query)
      .slice(0, limit)
      .map(({ document, score, matched }) => ({
        document,
        score,
        snippet: snippetOf(document, matched),
      }));
  }

  /** Guides and rehearsals, best first: each ranked by its strongest lead. */
  function leadsFor(query: string, limit = 3): string[] {
    return rankedLeads(query)
      .slice(0, limit)
      .map(([id]) => id);
  }

  function rankedLeads(query: string): [string, number][] {
    const best = new Map<string, number>();
    for (const { document, score } of ranked(query)) {
      if (document.leadsTo && score > (best.get(document.leadsTo) ?? 0))
        best.set(document.leadsTo, score);
    }
    return [...best].sort((a, b) => b[1] - a[1]);
  }

  /** True when one guide or rehearsal stands out from the rest for this query. */
  function clearlyBest(query: string): boolean {
    const [first, second] = rankedLeads(query);
    return first !== undefined && (second === undefined || second[1] <= first[1] * CLEARLY_BEST);
  }

  return {
    search,
    leadsFor,
    clearlyBest,
    queryWords: (query: string) => [...new Set(words(query))],
  };
}

export type Search = ReturnType<typeof createSearch>;
