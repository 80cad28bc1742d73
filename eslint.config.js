// Lint: TypeScript strict rules, React hooks, and the layering fence of STYLE.md:
// domain ← db, i18n ← ui ← features ← app. Nothing imports upward; features do not
// import each other; only src/db imports dexie.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'home',
  'survey',
  'results',
  'about',
  'history',
  'workshop',
  'share',
  'action-plan',
  'report',
  'settings',
  'storage',
  'policy',
];

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/lighthouse',
      'dev-dist',
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
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db may import dexie.' }] },
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
    files: ['src/db/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      {
        group: ['react', 'react-*', 'dexie', 'dexie-*', 'i18next', 'recharts'],
        message: 'src/domain is pure TypeScript.',
      },
      {
        group: ['**/db/**', '**/i18n/**', '**/ui/**', '**/features/**', '**/app/**'],
        message: 'src/domain imports nothing upward.',
      },
    ]),
  },
  {
    files: ['src/db/**', 'src/i18n/**'],
    rules: restrict([
      {
        group: ['**/ui/**', '**/features/**', '**/app/**'],
        message: 'db and i18n do not import upward.',
      },
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([
      {
        group: ['dexie', 'dexie-*', '**/db/**', '**/features/**', '**/app/**'],
        message: 'ui holds shared presentational parts only.',
      },
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      { group: ['dexie', 'dexie-*'], message: 'Only src/db may import dexie.' },
      { group: ['**/app/**'], message: 'features do not import the app.' },
      {
        group: FEATURES.filter((other) => other !== feature)
          .map((other) => `**/features/${other}/**`)
          .concat(FEATURES.filter((other) => other !== feature).map((other) => `../${other}/**`)),
        message: 'features do not import each other; the app composes them.',
      },
    ]),
  })),
);
