import { defineConfig, devices } from '@playwright/test';

// Browser tests run in Debian's Chromium (browsers cannot be downloaded here) against
// the production build served by `vite preview`. PORT and BUILD_DIR let several runs
// share one machine.
const port = Number(process.env.PORT ?? 4173);
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium's flags for every test; specs that need a fake camera add to them. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
