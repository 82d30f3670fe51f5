/**
 * The security headers come from one list: the meta tag, `_headers`, the preview servers and
 * the server settings in docs/hosting.md must all say the same thing.
 */
import { readFileSync } from 'node:fs';
import {
  headersFile,
  matchesPattern,
  META_POLICY,
  parseHeadersFile,
  SECURITY_HEADERS,
} from '../../scripts/security-headers';

test('_headers gives every path every header, and reads back as it was written', () => {
  expect(parseHeadersFile(headersFile())).toEqual([
    { pattern: '/*', headers: Object.entries(SECURITY_HEADERS) },
  ]);
  for (const path of ['/', '/sw.js', '/assets/index-abc.js', '/es/records/'])
    expect(matchesPattern('/*', path)).toBe(true);
  expect(matchesPattern('/sw.js', '/sw.jsx')).toBe(false);
});

test('the header policy is the meta policy with framing forbidden', () => {
  expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
    `${META_POLICY}; frame-ancestors 'none'`,
  );
  // A meta tag cannot carry frame-ancestors: Chromium ignores it there, with a console error.
  expect(META_POLICY).not.toContain('frame-ancestors');
});

test('the nginx and Apache settings in docs/hosting.md match the headers exactly', () => {
  const docs = readFileSync('docs/hosting.md', 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(docs).toContain(`add_header ${name} "${value}" always;`);
    expect(docs).toContain(`Header always set ${name} "${value}"`);
  }
  expect(readFileSync('README.md', 'utf8')).toContain('](docs/hosting.md)');
});
