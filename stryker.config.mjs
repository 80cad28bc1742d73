// Mutation testing of the pure rules (npm run mutation; not part of npm test, it takes a
// while on two cores). StrykerJS 9 with the Vitest runner, over src/domain only, with the
// domain tests only (vitest.mutation.config.ts). Static mutants (data tables such as the
// advice library, evaluated once at import) are left out. scripts/mutation.mjs runs this
// and prints the score overall and for scoring, aggregate and share-code.
export default {
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    maxTestsToLog: 0,
    reportScoreTable: true,
  },
  // Not copied into the sandbox: build output, browser-test results (a browser test run
  // rewrites them while a sandbox is copied) and the benchmark's files.
  ignorePatterns: ['/dist', '/test-results', '/playwright-report', '/bench', '/reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
