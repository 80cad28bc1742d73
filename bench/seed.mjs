// Drives the real UI (Playwright, Chromium) to create the assessments the benchmark
// needs, and measures answer-save latency on the way. Everything happens in one
// persistent, disk-backed profile, which Lighthouse then reuses, so the Survey and
// Results pages it audits show real stored data.
import { chromium } from '@playwright/test';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SECTION_COUNT = 7;

/** Records click→commit times of answer saves inside the page (see saveLatency). */
function latencyProbe() {
  const samples = [];
  let clickedAt = null;
  window.__saveLatencies = samples;
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'radio') {
        clickedAt = performance.now();
      }
    },
    true,
  );
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (storeNames, mode, ...rest) {
    const tx = transaction.call(this, storeNames, mode, ...rest);
    const names = typeof storeNames === 'string' ? [storeNames] : [...storeNames];
    if (mode === 'readwrite' && names.includes('assessments') && clickedAt !== null) {
      const start = clickedAt;
      clickedAt = null;
      tx.addEventListener('complete', () => samples.push(performance.now() - start));
    }
    return tx;
  };
}

export async function openProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    viewport: { width: 412, height: 823 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

async function startAssessment(page, baseUrl, businessName) {
  await page.goto(`${baseUrl}/`);
  await page.locator('form.new-assessment').waitFor();
  await page.locator('#businessName').fill(businessName);
  await page.locator('form.new-assessment button[type=submit]').click();
  await page.waitForURL(/\/survey\/1$/);
  const id = /\/a\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return id;
}

async function itemsOnStep(page) {
  await page.locator('fieldset.scale').first().waitFor();
  return page.locator('fieldset.scale').evaluateAll((sets) => sets.map((set) => set.dataset.item));
}

async function goToStep(page, step) {
  await page.locator('a[rel=next]').click();
  await page.waitForURL(new RegExp(`/survey/${step}$`));
  await page.locator('h1:focus').waitFor();
}

/** Creates one finished and one unfinished assessment; returns their ids. */
export async function seedAssessments(context, baseUrl) {
  const page = await context.newPage();
  const completed = await startAssessment(page, baseUrl, 'Corner Bakery');
  const pattern = [4, 3, 5, 2, 4, 3, 4];
  for (let step = 1; step <= SECTION_COUNT; step++) {
    const items = await itemsOnStep(page);
    for (const [index, item] of items.entries()) {
      const radio = page.locator(`input[name="${item}"][value="${pattern[(step + index) % 7]}"]`);
      await radio.check();
    }
    if (step < SECTION_COUNT) await goToStep(page, step + 1);
  }
  await page.locator('.survey__nav .button--primary').click();
  await page.waitForURL(/\/results$/);
  await page.locator('[data-testid=total]').waitFor();

  const unfinished = await startAssessment(page, baseUrl, 'Harbour Café');
  const [first] = await itemsOnStep(page);
  await page.locator(`input[name="${first}"][value="4"]`).check();
  await page.close();
  return { completed, unfinished };
}

/**
 * Answers `count` statements (cycling through the survey, changing each answer every
 * round) and returns the click→committed-write times in milliseconds.
 */
export async function measureSaveLatency(context, baseUrl, count) {
  const page = await context.newPage();
  await page.addInitScript(latencyProbe);
  await startAssessment(page, baseUrl, 'Latency probe');
  const steps = [];
  for (let step = 1; step <= SECTION_COUNT; step++) {
    steps.push(await itemsOnStep(page));
    if (step < SECTION_COUNT) await goToStep(page, step + 1);
  }
  const itemCount = steps.flat().length;
  const rounds = Math.ceil(count / itemCount);
  let done = 0;
  for (let step = SECTION_COUNT; step >= 1 && done < count; step--) {
    if (step < SECTION_COUNT) {
      await page.locator('a[rel=prev]').click();
      await page.waitForURL(new RegExp(`/survey/${step}$`));
      await page.locator('h1:focus').waitFor();
    }
    for (let round = 0; round < rounds && done < count; round++) {
      for (const item of steps[step - 1]) {
        if (done >= count) break;
        // A different value every round, so every click is a change that must be saved.
        await page.locator(`input[name="${item}"][value="${(round % 5) + 1}"]`).click();
        done += 1;
        await page.waitForFunction((n) => window.__saveLatencies.length >= n, done);
      }
    }
  }
  const samples = await page.evaluate(() => window.__saveLatencies);
  await page.close();
  return samples;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
