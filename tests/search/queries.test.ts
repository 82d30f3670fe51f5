/**
 * What parents type, and the guide or rehearsal they must find in the top three, in each
 * language. queries.en.json was written from a parent's point of view without reading the
 * guides' search phrases; queries.es.json too, by a writer who saw only a line about each guide
 * (Mexican, Caribbean, Central American, Spain and US bilingual Spanish, phone typing).
 */
import loaders from 'virtual:search-documents';
import { createSearch } from '../../src/search/search-index';
import english from './queries.en.json';
import spanish from './queries.es.json';

interface Query {
  query: string;
  expected: string;
  alsoOk?: string;
}

const tables: [string, string, Query[]][] = [
  ['en', 'queries.en.json', english],
  ['es', 'queries.es.json', spanish],
];

describe.each(tables)('%s: %s', async (locale, _file, queries) => {
  const { documents, words } = await loaders[locale]!();
  const search = createSearch(documents, words);

  test('is large enough to mean something and covers every guide', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const guides = new Set(documents.filter((d) => d.kind === 'scenario').map((d) => d.leadsTo));
    for (const guide of guides)
      expect(
        queries.map((q) => q.expected),
        String(guide),
      ).toContain(guide);
  });

  test.each(queries)('"$query" finds $expected in the top three', ({ query, expected, alsoOk }) => {
    const found = search.leadsFor(query, 3);
    expect(
      found.includes(expected) || (alsoOk !== undefined && found[0] === alsoOk),
      found.join(', '),
    ).toBe(true);
  });
});
