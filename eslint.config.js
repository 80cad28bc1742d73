// Lint: TypeScript strict rules, React hooks, and the architecture fence of STYLE.md.
//
// The fence is defined by path pattern, so a new folder is fenced the day it appears:
//   domain ← db, i18n ← ui (ui/charts) ← features/<name> ← app ← main.tsx
// Nothing imports upward; a feature imports only its own folder (any folder under
// src/features/ is a feature); no import cycles. Each third-party library that needs a
// wrapper is imported only by its wrapper (LIBRARY_HOMES below).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers, most specific pattern first (ui/charts before ui). */
const ELEMENTS = [
  { type: 'domain', pattern: 'src/domain' },
  { type: 'db', pattern: 'src/db' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'charts', pattern: 'src/ui/charts' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
];

/** Single files outside the layers: the entry point and the component-test helpers. */
const FILES = [
  { category: 'entry', pattern: 'src/main.tsx' },
  { category: 'test-support', pattern: 'src/test-*.{ts,tsx}' },
  { category: 'test', pattern: 'src/**/*.test.{ts,tsx}' },
];

/** What each layer may import (besides itself). */
const LAYER_IMPORTS = {
  domain: ['domain'],
  db: ['domain', 'db'],
  i18n: ['domain', 'i18n'],
  charts: ['domain', 'i18n', 'ui', 'charts'],
  ui: ['domain', 'i18n', 'ui', 'charts'],
  feature: ['domain', 'db', 'i18n', 'ui', 'charts'],
  app: ['domain', 'db', 'i18n', 'ui', 'charts', 'feature', 'app'],
};

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/test-*.{ts,tsx}'];

/**
 * Libraries that are wrapped: each may be imported only by the files listed (tests may
 * import anything). A new QR or PDF library goes into a file named qr-*.ts(x) or
 * pdf-*.ts(x) in src/ui or a feature folder.
 */
const LIBRARY_HOMES = [
  { modules: ['dexie', 'dexie-*'], home: ['src/db/**'], why: 'only src/db talks to IndexedDB' },
  {
    modules: ['i18next', 'i18next-*'],
    home: ['src/i18n/**'],
    why: 'i18next is set up in src/i18n; components use react-i18next hooks',
  },
  {
    modules: ['recharts', 'recharts-*'],
    home: ['src/ui/charts/**'],
    why: 'recharts is loaded lazily through src/ui/charts',
  },
  {
    modules: ['papaparse'],
    // The CSV module (src/domain/csv*.ts or src/domain/csv/). The two workshop files are
    // the CSV readers and writers of today, until they move into the CSV module.
    home: [
      'src/domain/csv*.ts',
      'src/domain/csv/**',
      'src/features/workshop/workshop-import.ts',
      'src/features/workshop/workshop-export.ts',
    ],
    why: 'CSV is read and written by the CSV module only',
  },
  {
    modules: [
      'qrcode',
      'qr-scanner',
      'jsqr',
      'html5-qrcode',
      '@zxing/*',
      'barcode-detector',
      '@undecaf/zbar-wasm',
      'zbar.wasm',
    ],
    home: ['src/ui/**/qr-*.{ts,tsx}', 'src/features/*/qr-*.{ts,tsx}'],
    why: 'QR libraries are wrapped in a qr-*.ts(x) module',
  },
  {
    modules: ['jspdf', 'pdf-lib', 'pdfmake', '@react-pdf/*', 'pdfjs-dist'],
    home: ['src/ui/**/pdf-*.{ts,tsx}', 'src/features/*/pdf-*.{ts,tsx}'],
    why: 'PDF libraries are wrapped in a pdf-*.ts(x) module',
  },
];

const layerPolicies = [
  ...Object.entries(LAYER_IMPORTS).map(([type, allowed]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: allowed } } },
  })),
  // A feature imports its own folder only: features never import each other.
  {
    from: { element: { type: 'feature' } },
    allow: {
      to: { element: { type: 'feature', captured: { feature: '{{from.captured.feature}}' } } },
    },
  },
  // The entry point starts i18n and renders the app.
  {
    from: { file: { categories: 'entry' } },
    allow: { to: { element: { types: ['app', 'i18n'] } } },
  },
  // Tests and the test helpers may import anything inside src.
  {
    from: { file: { categories: ['test', 'test-support'] } },
    allow: { to: { module: { origin: 'local' } } },
  },
  // Node built-ins and packages are allowed unless LIBRARY_HOMES gives them a home.
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
];

// Last matching policy wins: a wrapped library is refused everywhere, then allowed in its
// home and in tests.
const libraryPolicies = LIBRARY_HOMES.flatMap(({ modules, home, why }) => [
  {
    disallow: { to: { module: { origin: 'external', source: modules } } },
    message: `{{to.module.source}} is imported only by ${home.join(', ')}: ${why}.`,
  },
  {
    from: { file: { path: [...home, ...TEST_FILES] } },
    allow: { to: { module: { origin: 'external', source: modules } } },
  },
]);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/lighthouse',
      // The SurveyJS build the benchmark compares against: its own package, not our code.
      'bench/surveyjs-peer',
      'dev-dist',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      // Every file under src belongs to a layer; a new top-level folder must be placed.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [...layerPolicies, ...libraryPolicies],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // The domain is pure TypeScript: no React, no browser storage, no i18n.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'i18next', 'react-i18next'],
              message: 'src/domain is pure TypeScript (no React, no i18next).',
            },
          ],
        },
      ],
    },
  },
);
