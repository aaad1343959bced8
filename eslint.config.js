// Lint rules, among them the one-way layers: core imports neither face; the extension and the
// widgets never import each other; only core/storage may use Dexie.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const faces = (...names) => names.flatMap((name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`]);

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'widgets/dist/', 'test/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**'],
    ignores: ['core/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: faces('extension', 'widgets'),
              message: 'core must not import the extension or the widgets.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'lit', 'lit/*', 'dexie'],
              message: 'core stays free of UI and browser-extension libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['extension/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: faces('widgets'), message: 'the extension must not import the widgets (use core).' },
            {
              group: ['lit', 'lit/*'],
              message: 'in-page UI is Preact (custom elements are unavailable in content scripts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['widgets/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: faces('extension'), message: 'the widgets must not import the extension (use core).' },
            {
              group: ['dexie', 'preact', 'preact/*', 'wxt', 'wxt/*'],
              message: 'widgets are Lit on core only.',
            },
          ],
        },
      ],
    },
  },
);
