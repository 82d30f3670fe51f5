import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A layer may import the layers below it and never one
 * above: shared `lib` and `ui` → the domain modules (pure: no React, no browser) → the
 * features (screens) → `app` (routes, layout). Within the domain, `tone` sits lowest and
 * `rehearsals` highest, so no two domain modules import each other.
 */
const LAYERS = [
  ['lib'],
  ['ui'],
  ['tone'],
  ['scenarios', 'search'],
  ['rehearsals'],
  ['features'],
  ['app'],
];
const src = (folder) => `./src/${folder}`;
const layerZones = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    target: src(folder),
    from: [...LAYERS.slice(index + 1).flat(), ...layer.filter((other) => other !== folder)].map(
      src,
    ),
    message: `src/${folder} sits below these layers; move what both need down a layer.`,
  })),
).filter((zone) => zone.from.length > 0);
// Features do not import each other: what two features need belongs in ui, lib or a domain module.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: src(`features/${feature}`),
  from: src('features'),
  except: [`./${feature}`],
  message: 'Features do not import each other; move what both need to ui, lib or a domain module.',
}));

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.json', '.mdx', '.js'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Words a parent reads live in content/<locale>, never in a component.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}{2,}/u]',
          message: 'Put words in content/<locale>/ui/messages.json and show them with t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'Put words in content/<locale>/ui/messages.json and show them with t().',
        },
      ],
      // These throw on half an emoji or a malformed escape; src/lib/well-formed.ts does not.
      'no-restricted-globals': [
        'error',
        ...['encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI'].map((name) => ({
          name,
          message: 'Use encodePart or decodePart from src/lib/well-formed.ts: they never throw.',
        })),
      ],
    },
  },
);
