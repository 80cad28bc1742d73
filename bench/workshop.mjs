// Workshop with 1,000 participants in Chromium (SPEC §9): the trainer imports one workshop
// file holding every participant (validated, written in one transaction, aggregated), then
// opens the group dashboard. Times are taken from the Node side, so they include
// Playwright's own overhead: an upper bound.
import { performance } from 'node:perf_hooks';

const SECTIONS = [
  ['culture', 4],
  ['products', 4],
  ['feedback', 3],
  ['knowledge', 3],
  ['accessibility', 3],
  ['staff', 5],
  ['improvement', 3],
];

function workshopFile(count) {
  let seed = 20261122;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const participants = [];
  for (let index = 0; index < count; index++) {
    const answers = {};
    for (const [section, size] of SECTIONS) {
      for (let item = 1; item <= size; item++)
        answers[`${section}.${item}`] = 1 + Math.floor(random() * 5);
    }
    participants.push({
      fingerprint: `bench:${index}`,
      label: null,
      answers,
      source: 'file',
      addedAt: 1,
    });
  }
  return {
    format: 'centricity-workshop',
    version: 1,
    exportedAt: Date.now(),
    workshop: { id: `bench-${count}`, name: `Bench ${count}`, createdAt: 1 },
    participants,
  };
}

export async function measureWorkshop(context, baseUrl, count = 1000) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/workshops`);
    const input = page.locator('main input[type="file"]');
    await input.waitFor({ state: 'attached' });
    const buffer = Buffer.from(JSON.stringify(workshopFile(count)));

    const importStart = performance.now();
    await input.setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer });
    await page.locator('main .notice[role="status"]').waitFor();
    const importMs = performance.now() - importStart;

    const renderStart = performance.now();
    await page.goto(`${baseUrl}/workshops/bench-${count}`);
    await page
      .getByTestId('participant-count')
      .filter({ hasText: new Intl.NumberFormat('en').format(count) })
      .waitFor();
    await page.locator('.chart-frame .recharts-wrapper').nth(1).waitFor();
    const renderMs = performance.now() - renderStart;
    return {
      participants: count,
      importMs: Number(importMs.toFixed(1)),
      renderMs: Number(renderMs.toFixed(1)),
    };
  } finally {
    await page.close();
  }
}
