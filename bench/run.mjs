// npm run bench: builds the app, then measures what SPEC §9 sets bars for and prints a
// table; the same figures go to bench/results.json. Steps:
//   1. production build (Vite API) into a temporary folder, bundle sizes from its manifest;
//   2. a preview server on a free port;
//   3. Playwright drives the UI in a disk-backed Chromium profile: seeds a finished and an
//      unfinished assessment and measures answer-save latency (click → committed write);
//   4. Lighthouse (mobile default) audits Home, Survey and Results in that same profile;
//   5. workshop aggregation time for 1,000 and 10,000 participants (Node);
//   6. scan latency: 20 result codes through Chromium's fake camera (bench/scan.mjs).
// Everything it starts (server, browsers, temporary folders) is stopped or removed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { BUDGET_FIRST_ROUTE_JS_KB, bundleReport } from '../scripts/bundle-report.mjs';
import { measureAggregation } from './aggregation.mjs';
import { runLighthouse } from './lighthouse-run.mjs';
import { measureScanLatency } from './scan.mjs';
import { measureSaveLatency, openProfile, percentile, seedAssessments } from './seed.mjs';
import { measureWorkshop } from './workshop.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAVE_COUNT = 250;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const kb = (value) => value.toFixed(1);
const ms = (value) => (value === undefined ? '—' : value.toFixed(1));

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

function printTable(title, header, rows) {
  const widths = header.map((cell, index) =>
    Math.max(String(cell).length, ...rows.map((row) => String(row[index]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, index) =>
        index === 0 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]),
      )
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const work = mkdtempSync(join(os.tmpdir(), 'centricity-bench-'));
  const buildDir = join(work, 'build');
  const profileDir = join(work, 'profile');
  const cleanups = [() => rmSync(work, { recursive: true, force: true })];
  const results = { date: new Date().toISOString(), machine: machine() };

  try {
    // 1. Build and bundle sizes.
    process.env.BUILD_DIR = buildDir;
    await build({ root, logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
    const bundles = bundleReport(buildDir);
    results.bundles = {
      budgetFirstRouteJsKb: BUDGET_FIRST_ROUTE_JS_KB,
      firstRoute: { jsKb: Number(kb(bundles.initial.js)), cssKb: Number(kb(bundles.initial.css)) },
      rechartsInFirstRoute: bundles.rechartsInInitial.length > 0,
      qrReaderInFirstRoute: bundles.qrReaderInInitial.length > 0,
      lazy: Object.fromEntries(
        Object.entries(bundles.screens).map(([name, size]) => [
          name,
          { jsKb: Number(kb(size.js)), cssKb: Number(kb(size.css)) },
        ]),
      ),
    };

    // 2. Preview server.
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir: buildDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    cleanups.unshift(() => server.close());
    const baseUrl = `http://127.0.0.1:${port}`;

    // 3. Seed through the UI and measure answer saves, in the profile Lighthouse reuses.
    const context = await openProfile(profileDir);
    let seeded;
    try {
      results.chromium = context.browser()?.version() ?? 'unknown';
      seeded = await seedAssessments(context, baseUrl);
      const samples = await measureSaveLatency(context, baseUrl, SAVE_COUNT);
      results.answerSave = {
        count: samples.length,
        p50Ms: Number(percentile(samples, 50).toFixed(2)),
        p95Ms: Number(percentile(samples, 95).toFixed(2)),
        maxMs: Number(Math.max(...samples).toFixed(2)),
        budgetP95Ms: 16,
      };
      results.workshopInBrowser = await measureWorkshop(context, baseUrl, 1000);
    } finally {
      await context.close();
    }

    // 4. Lighthouse.
    results.lighthouse = await runLighthouse(
      {
        Home: `${baseUrl}/`,
        Survey: `${baseUrl}/a/${seeded.unfinished}/survey/1`,
        Results: `${baseUrl}/a/${seeded.completed}/results`,
      },
      { userDataDir: profileDir, runs: LIGHTHOUSE_RUNS, reportDir: join(root, 'bench/lighthouse') },
    );
    results.lighthouse.runsPerPage = LIGHTHOUSE_RUNS;

    // 6. Scan latency through the fake camera (its own browser: the camera flags).
    results.scan = await measureScanLatency(root, baseUrl, work);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }

  // 5. Aggregation (pure TypeScript, in Node).
  results.aggregation = await measureAggregation(root);

  report(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

function report(results) {
  const { machine: m, bundles, lighthouse, answerSave, aggregation } = results;
  console.log(`Centricity benchmark — ${results.date}`);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}`);
  console.log(`browser: Chromium ${results.chromium}`);

  printTable(
    `Bundles (gzip level 9, KB; first-route JS budget ${bundles.budgetFirstRouteJsKb} KB)`,
    ['chunk', 'JS', 'CSS'],
    [
      ['first route', kb(bundles.firstRoute.jsKb), kb(bundles.firstRoute.cssKb)],
      ...Object.entries(bundles.lazy).map(([name, size]) => [
        `+ ${name} (lazy)`,
        kb(size.jsKb),
        kb(size.cssKb),
      ]),
    ],
  );

  printTable(
    `Lighthouse 12, mobile default throttling (median of ${lighthouse.runsPerPage} runs)`,
    ['page', 'perf', 'a11y', 'best pr.', 'LCP ms', 'TBT ms', 'CLS', 'perf runs'],
    Object.entries(lighthouse)
      .filter(([name]) => name !== 'runsPerPage')
      .map(([name, r]) => [
        name,
        r.performance,
        r.accessibility,
        r.bestPractices,
        r.lcpMs,
        r.tbtMs,
        r.cls,
        r.runs.join('/'),
      ]),
  );
  for (const [name, r] of Object.entries(lighthouse)) {
    if (name !== 'runsPerPage' && r.failingAudits?.length) {
      console.log(`  ${name}: audits not passed: ${r.failingAudits.join(', ')}`);
    }
  }

  printTable(
    `Answer save, click → committed IndexedDB write (${answerSave.count} answers, Chromium)`,
    ['measure', 'ms'],
    [
      ['p50', ms(answerSave.p50Ms)],
      ['p95', ms(answerSave.p95Ms)],
      ['max', ms(answerSave.maxMs)],
      ['budget p95', ms(answerSave.budgetP95Ms)],
    ],
  );

  if (results.workshopInBrowser) {
    const w = results.workshopInBrowser;
    printTable(
      `Workshop in Chromium, ${w.participants} participants (Node-side wall time, upper bound)`,
      ['measure', 'ms'],
      [
        ['import file → stored + aggregated', ms(w.importMs)],
        ['open dashboard → count and charts drawn', ms(w.renderMs)],
      ],
    );
  }

  if (results.scan) {
    const scan = results.scan;
    printTable(
      `Scan: code appears in the camera feed → participant stored (${scan.scans} scans, ${scan.engine} reader, fake camera ${scan.video})`,
      ['measure', 'ms'],
      [
        ['median', ms(scan.medianMs)],
        ['p95', ms(scan.p95Ms)],
        ['max', ms(scan.maxMs)],
        ['bar (SPEC §9)', '< 1000'],
      ],
    );
  }

  if ('unavailable' in aggregation) {
    console.log(`\nWorkshop aggregation: not available (${aggregation.unavailable})`);
  } else {
    printTable(
      'Workshop aggregation, aggregateResults (Node, median of 7 after a warm-up)',
      ['participants', 'median ms', 'min ms'],
      Object.entries(aggregation).map(([count, r]) => [count, ms(r.medianMs), ms(r.minMs)]),
    );
  }
}

await main();
