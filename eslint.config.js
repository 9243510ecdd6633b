// One lint setup for the whole repo. The environment layering (core is pure, the renderer never reaches
// Node or Electron) is enforced here, so a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'worker_threads',
  'zlib',
  'events',
  'buffer',
];
const environmentImports = [
  { group: ['electron', 'electron/*'], message: 'core/ is pure: no electron.' },
  { group: ['node:*', ...nodeModules], message: 'core/ is pure: no Node built-ins.' },
  {
    group: ['react', 'react-dom', 'react-dom/*', 'slate-react', 'slate-dom'],
    message: 'core/ is pure: no React or DOM.',
  },
  {
    group: ['better-sqlite3', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', 'playwright-core'],
    message: 'core/ is pure: this belongs on the Node side (electron/).',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'dist', 'release', 'coverage', 'test-output', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: environmentImports }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', ...nodeModules, 'better-sqlite3'],
              message: 'The renderer talks to the app only through the typed API (window.desk).',
            },
            {
              group: ['../electron/*', '../../electron/*'],
              message: 'The renderer must not import main-process code.',
            },
          ],
        },
      ],
    },
  },
);
