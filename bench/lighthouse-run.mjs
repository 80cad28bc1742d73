// Lighthouse 12 with its default config (mobile, simulated throttling) against the
// local preview server, in Debian's Chromium. Storage is not reset, so the profile's
// seeded assessments are there; each page is audited several times and the median run
// (by performance score, then LCP) is kept, because one run on a busy 2-core machine
// is noisy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH } from './seed.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

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
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    failingAudits: failing,
    runtimeError: lhr.runtimeError?.message,
  };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * @param {Record<string, string>} pages name → URL
 * @returns {Promise<Record<string, ReturnType<typeof summarise> & { runs: number[] }>>}
 */
export async function runLighthouse(pages, { userDataDir, runs, reportDir }) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  const results = {};
  try {
    mkdirSync(reportDir, { recursive: true });
    for (const [name, url] of Object.entries(pages)) {
      const summaries = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          disableStorageReset: true,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        summaries.push(summarise(result.lhr));
        writeFileSync(join(reportDir, `${name.toLowerCase()}-${run + 1}.json`), result.report);
      }
      results[name] = { ...median(summaries), runs: summaries.map((s) => s.performance) };
    }
  } finally {
    chrome.kill();
  }
  return results;
}
