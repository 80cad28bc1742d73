// Big groups in Chromium, through the real screens (SPEC §9, issue 16): a trainer imports
// one workshop file of 1,000 and one of 10,000 participants (validated, written in one
// transaction, aggregated), opens each dashboard and reaches the last participant in its
// table; then a backup holding 20,000 participants — exported by the app itself, so the
// file is exactly what users get — is imported into an empty browser.
// Times are taken from the Node side, so they include Playwright's own overhead: an
// upper bound.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openProfile } from './seed.mjs';

/** Every time in a file must lie between 2000 and a day from now (issue 12). */
const T0 = Date.UTC(2025, 0, 1);

const SECTIONS = [
  ['culture', 4],
  ['products', 4],
  ['feedback', 3],
  ['knowledge', 3],
  ['accessibility', 3],
  ['staff', 5],
  ['improvement', 3],
];

/** A workshop file of `count` complete, deterministic results. */
function workshopFile(id, count, seed = 20261122) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const participants = [];
  for (let index = 0; index < count; index++) {
    const answers = {};
    for (const [section, size] of SECTIONS) {
      for (let item = 1; item <= size; item++)
        answers[`${section}.${item}`] = 1 + Math.floor(random() * 5);
    }
    participants.push({
      fingerprint: `${id}:${index}`,
      label: `Seat ${index + 1}`,
      answers,
      source: 'file',
      addedAt: T0 + index,
    });
  }
  return {
    format: 'centricity-workshop',
    version: 1,
    exportedAt: Date.now(),
    workshop: { id, name: `Bench ${count}`, createdAt: T0 },
    participants,
  };
}

const ms = (value) => Number(value.toFixed(1));
const DASHBOARD_OPENS = 3;

async function importWorkshop(page, baseUrl, folder, id, count) {
  await page.goto(`${baseUrl}/workshops`);
  const input = page.locator('main input[type="file"]').first();
  await input.waitFor({ state: 'attached' });
  // A file on disk, as a trainer picks it: Playwright hands the browser its path. (A
  // buffer would be sent through the DevTools protocol as base64 and decoded in the page,
  // 0.7 s of Playwright's own work for 10,000 participants.)
  const file = join(folder, `${id}.json`);
  writeFileSync(file, JSON.stringify(workshopFile(id, count)));
  const start = performance.now();
  await input.setInputFiles(file);
  const outcome = page.locator('main .notice[role="status"], main [role="alert"]').first();
  await outcome.waitFor();
  const elapsed = performance.now() - start;
  if ((await outcome.getAttribute('role')) === 'alert')
    throw new Error(`workshop ${count} refused: ${await outcome.innerText()}`);
  return elapsed;
}

async function openDashboard(page, baseUrl, id, count) {
  // Opened by its address (a full page load, code from the service worker's cache) three
  // times: the first open, and the median of the three, as one open on a shared machine
  // is noisy.
  const opens = [];
  for (let open = 0; open < DASHBOARD_OPENS; open++) {
    const start = performance.now();
    await page.goto(`${baseUrl}/workshops/${id}`);
    await page
      .getByTestId('participant-count')
      .filter({ hasText: new Intl.NumberFormat('en').format(count) })
      .waitFor();
    // Both charts drawn: the total's scale (HTML) and the sections' spread (recharts).
    await page.locator('.chart-frame .score-scale').waitFor();
    await page.locator('.chart-frame .recharts-surface').first().waitFor();
    opens.push(performance.now() - start);
  }
  const renderMs = opens[0];
  const renderMedianMs = [...opens].sort((a, b) => a - b)[Math.floor(opens.length / 2)];

  // The table: paged or virtualised, its last participant must be reachable.
  const lastLabel = `Seat ${count}`;
  const lastStart = performance.now();
  const table = page.getByTestId('participants-table');
  let found = false;
  for (let attempt = 0; attempt < 200 && !found; attempt++) {
    if (await table.getByText(lastLabel, { exact: true }).count()) {
      found = true;
      break;
    }
    const last = page.getByRole('button', { name: /last page/i });
    if (await last.count()) {
      await last.first().click();
      continue;
    }
    // A scrolling table: scroll its container to the end.
    await table.evaluate((element) => {
      const scroller = element.closest('[data-scroll]') ?? element.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForTimeout(50);
  }
  return {
    renderMs,
    renderMedianMs,
    lastParticipantMs: found ? performance.now() - lastStart : null,
  };
}

async function exportBackup(page, baseUrl, folder) {
  await page.goto(`${baseUrl}/settings`);
  const button = page.locator('.data-panel .data-panel__row button').first();
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(folder, 'backup.json');
  await download.saveAs(file);
  return file;
}

async function importBackup(page, baseUrl, file) {
  await page.goto(`${baseUrl}/settings`);
  const input = page.locator('.data-panel input[type="file"]');
  await input.waitFor({ state: 'attached' });
  const start = performance.now();
  await input.setInputFiles(file);
  const outcome = page.getByTestId('import-summary').or(page.getByTestId('import-error'));
  await outcome.first().waitFor({ timeout: 300_000 });
  const elapsed = performance.now() - start;
  const failed = await page.getByTestId('import-error').count();
  return {
    ms: failed ? null : ms(elapsed),
    error: failed ? await page.getByTestId('import-error').first().innerText() : undefined,
  };
}

/**
 * @param {string} baseUrl
 * @param {{ sizes: number[], backupParticipants: number }} options
 */
export async function measureBigGroups(baseUrl, { sizes, backupParticipants }) {
  const folder = mkdtempSync(join(os.tmpdir(), 'centricity-groups-'));
  const results = { workshops: [], backup: null };
  try {
    const trainer = await openProfile(join(folder, 'trainer'));
    let total = 0;
    try {
      trainer.setDefaultTimeout(300_000);
      const page = await trainer.newPage();
      for (const count of sizes) {
        const id = `bench-${count}`;
        const importMs = await importWorkshop(page, baseUrl, folder, id, count);
        const { renderMs, renderMedianMs, lastParticipantMs } = await openDashboard(
          page,
          baseUrl,
          id,
          count,
        );
        total += count;
        results.workshops.push({
          participants: count,
          importMs: ms(importMs),
          renderMs: ms(renderMs),
          renderMedianMs: ms(renderMedianMs),
          lastParticipantMs: lastParticipantMs === null ? null : ms(lastParticipantMs),
        });
      }
      // Top up to the backup's size with one more workshop, then export everything.
      if (backupParticipants > total) {
        await importWorkshop(page, baseUrl, folder, 'bench-top-up', backupParticipants - total);
      }
      const file = await exportBackup(page, baseUrl, folder);
      const backup = JSON.parse(readFileSync(file, 'utf8'));
      results.backup = {
        participants: backup.participants?.length ?? 0,
        megabytes: Number((readFileSync(file).length / 1024 / 1024).toFixed(1)),
      };
      await page.close();

      const empty = await openProfile(join(folder, 'empty'));
      try {
        empty.setDefaultTimeout(300_000);
        const fresh = await empty.newPage();
        Object.assign(results.backup, await importBackup(fresh, baseUrl, file));
      } finally {
        await empty.close();
      }
    } finally {
      await trainer.close();
    }
  } catch (error) {
    results.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}
