/**
 * What parents type, and the guide they must find in the top three. The table was
 * written from a parent's point of view without reading the scenarios' search phrases.
 */
import documents from 'virtual:search-documents';
import { createSearch } from '../../src/search/search-index';
import queries from './queries.json';

const search = createSearch(documents);

test('the table is large enough to mean something and covers every scenario', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const scenarios = new Set(documents.filter((d) => d.kind === 'scenario').map((d) => d.scenario));
  expect(new Set(queries.map((q) => q.expected))).toEqual(scenarios);
});

test.each(queries)('"$query" finds $expected in the top three', ({ query, expected }) => {
  expect(search.scenariosFor(query, 3)).toContain(expected);
});
