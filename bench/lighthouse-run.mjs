// Lighthouse 12 with its default config (mobile, simulated throttling) in Debian's
// Chromium. Three kinds of visit, never mixed up in the report:
//   cold      — a first visit: fresh browser profile, and Lighthouse's own storage reset
//               before every run (HTTP cache, service workers, Cache Storage, IndexedDB,
//               localStorage all cleared);
//   cold-code — the app's code is cold (HTTP cache, service workers and Cache Storage
//               cleared before every run through the DevTools protocol) but the profile's
//               stored data is kept: a survey step opened by link needs its assessment;
//   repeat    — the seeded profile as it is: service worker installed, caches warm.
// Each page is audited several times and the median run (by performance score, then
// LCP) is kept, because one run on a busy 2-core machine is noisy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH } from './seed.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

function summarise(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(lhr.audits)
    .filter(
      (audit) =>
        audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
    )
    .filter((audit) =>
      CATEGORIES.some((category) =>
        lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
      ),
    )
    .map((audit) => audit.id);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scriptKb =
    requests
      .filter((request) => request.resourceType === 'Script')
      .reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    siMs: Math.round(audit('speed-index')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    // What went over the wire for the page load (compressed), all types and scripts only.
    transferKb: Number((audit('total-byte-weight') / 1024).toFixed(1)),
    scriptKb: Number(scriptKb.toFixed(1)),
    requests: requests.length,
    failingAudits: failing,
    runtimeError: lhr.runtimeError?.message,
  };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** HTTP cache, service workers and Cache Storage of `origin` go; IndexedDB stays. */
async function clearCode(port, origin) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const [context] = browser.contexts();
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    await session.send('Network.clearBrowserCache');
    await session.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    });
    await session.detach();
  } finally {
    // Closing a connectOverCDP browser only disconnects; Chromium keeps running.
    await browser.close();
  }
}

async function withChrome(userDataDir, task) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    userDataDir,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    return await task(chrome.port);
  } finally {
    chrome.kill();
  }
}

/**
 * @param {{ name: string, url: string, mode: 'cold' | 'cold-code' | 'repeat' }[]} pages
 * @param {{ userDataDir: string, runs: number, reportDir: string }} options userDataDir
 *   is the seeded profile that cold-code and repeat visits use.
 */
export async function runLighthouse(pages, { userDataDir, runs, reportDir }) {
  mkdirSync(reportDir, { recursive: true });
  const results = {};
  const audit = async (port, page) => {
    const summaries = [];
    for (let run = 0; run < runs; run++) {
      if (page.mode === 'cold-code') await clearCode(port, new URL(page.url).origin);
      const result = await lighthouse(page.url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        disableStorageReset: page.mode !== 'cold',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      summaries.push(summarise(result.lhr));
      const file = `${page.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${run + 1}.json`;
      writeFileSync(join(reportDir, file), result.report);
    }
    results[page.name] = {
      mode: page.mode,
      url: page.url,
      ...median(summaries),
      runs: summaries.map((s) => s.performance),
      lcpRuns: summaries.map((s) => s.lcpMs),
    };
  };

  // Repeat visits first: the cold-code runs unregister the service worker they rely on.
  const seeded = [
    ...pages.filter((page) => page.mode === 'repeat'),
    ...pages.filter((page) => page.mode === 'cold-code'),
  ];
  if (seeded.length > 0) {
    await withChrome(userDataDir, async (port) => {
      for (const page of seeded) await audit(port, page);
    });
  }
  const cold = pages.filter((page) => page.mode === 'cold');
  if (cold.length > 0) {
    const fresh = mkdtempSync(join(os.tmpdir(), 'centricity-cold-'));
    try {
      await withChrome(fresh, async (port) => {
        for (const page of cold) await audit(port, page);
      });
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  // In the order asked for.
  return Object.fromEntries(pages.map((page) => [page.name, results[page.name]]));
}
