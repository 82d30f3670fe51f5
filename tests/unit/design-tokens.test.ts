/**
 * The look is set in one place: every colour and type size in styles.css is a token from
 * tokens.css, so a change of palette (or dark mode) reaches every screen.
 */
import { readFileSync } from 'node:fs';

const styles = readFileSync('src/app/styles.css', 'utf8');
const tokens = readFileSync('src/app/tokens.css', 'utf8');
const declared = new Set([...tokens.matchAll(/(--[\w-]+):/g)].map((match) => match[1] ?? ''));

test('styles.css writes no colour of its own', () => {
  expect(styles.match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi) ?? []).toEqual([]);
});

test('every type size is a step of the scale', () => {
  const sizes = [...styles.matchAll(/font-size:\s*([^;]+);/g)].map((match) => match[1] ?? '');
  expect(sizes.filter((size) => !/^var\(--text-[\w-]+\)$/.test(size) && size !== '100%')).toEqual(
    [],
  );
});

test('every token styles.css uses is declared, in light and dark alike', () => {
  const used = new Set([...styles.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1] ?? ''));
  expect([...used].filter((name) => !declared.has(name))).toEqual([]);
  const dark = tokens.slice(tokens.indexOf('prefers-color-scheme: dark'));
  const colours = [...tokens.slice(0, tokens.indexOf('@media')).matchAll(/(--[\w-]+):\s*(#|rgb)/g)];
  for (const [, name] of colours) expect(dark, `${name} in dark mode`).toContain(`${name}:`);
});
