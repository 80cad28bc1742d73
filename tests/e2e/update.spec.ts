// A new version is offered, never forced (SPEC §8), and "Reload to update" does reload
// (issue 12) — also during the very first visit's session, when the page had no
// service worker yet as it loaded. The browser fetches sw.js itself (test routing cannot
// change it), so this spec serves its own copy of the build from a second preview server
// and publishes "the next version" by changing that copy's sw.js.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const buildDir = process.env.BUILD_DIR ?? 'dist';
let copy = '';
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test.beforeEach(async () => {
  copy = mkdtempSync(join(tmpdir(), 'centricity-update-'));
  cpSync(buildDir, copy, { recursive: true });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', copy],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await expect
    .poll(
      () =>
        fetch(origin).then(
          (response) => response.ok,
          () => false,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
});

test.afterEach(() => {
  if (server?.pid) process.kill(-server.pid);
  rmSync(copy, { recursive: true, force: true });
});

/** Publishes a new version: sw.js changes by one line, as any new build changes it. */
async function publishAndCheck(page: Page) {
  appendFileSync(join(copy, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/** A mark on the page's window: gone once the page has reloaded. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __marked?: boolean }).__marked = true));
}
const isMarked = (page: Page) =>
  page.evaluate(() => Boolean((window as unknown as { __marked?: boolean }).__marked));

async function firstVisit(page: Page) {
  await page.goto(origin);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first worker takes control of this very page (clientsClaim), no reload needed.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await markPage(page);
}

test('first visit: the update is offered, and accepting it reloads the page', async ({ page }) => {
  await firstVisit(page);
  await publishAndCheck(page);
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  // Offered, not forced: still the same page.
  expect(await isMarked(page)).toBe(true);

  await prompt.getByRole('button', { name: 'Reload to update' }).click();
  await expect.poll(() => isMarked(page).catch(() => true), { timeout: 20_000 }).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);
});

test('"Later" keeps the page as it is', async ({ page }) => {
  await firstVisit(page);
  await publishAndCheck(page);
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await page.waitForTimeout(1_000);
  expect(await isMarked(page)).toBe(true);
});
