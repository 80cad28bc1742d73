// npm run bench: builds the app and a SurveyJS build of the same audit, then measures
// both in one run and prints tables (the same figures go to bench/results.json):
//   1. production builds, each in its own process: the app, and bench/surveyjs-peer
//      (installed there with npm ci from its own lock file); bundle sizes;
//   2. a preview server for each (gzip, as vite preview serves);
//   3. Playwright drives the UI in a disk-backed Chromium profile: seeds a finished and an
//      unfinished assessment and measures answer-save latency (click → committed write);
//   4. Lighthouse (mobile defaults, simulated throttling), median of several runs:
//      first visits (cold: nothing cached, no service worker, storage cleared) of Home,
//      a shared link and the SurveyJS build; a survey step opened by link with cold code
//      but its assessment stored; repeat visits (service worker and caches warm) of Home,
//      Survey, Results and the SurveyJS build. Cold and repeat are reported apart;
//   5. big groups in Chromium: workshops of 1,000 and 10,000 participants, and a backup
//      of 20,000 participants imported into an empty browser;
//   6. workshop aggregation time for 1,000 and 10,000 participants (Node);
//   7. scan latency: 20 result codes through Chromium's fake camera (bench/scan.mjs).
// The machine's load average is printed at the start and the end: timings on a busy
// machine are not comparable with a quiet one. Everything the bench starts (servers,
// browsers, temporary folders) is stopped or removed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';
import { BUDGET_FIRST_ROUTE_JS_KB, bundleReport } from '../scripts/bundle-report.mjs';
import { measureAggregation } from './aggregation.mjs';
import { runLighthouse } from './lighthouse-run.mjs';
import { measureScanLatency } from './scan.mjs';
import { measureSaveLatency, openProfile, percentile, seedAssessments } from './seed.mjs';
import { measureBigGroups } from './workshop.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peerRoot = join(root, 'bench/surveyjs-peer');
const viteBin = join(root, 'node_modules/vite/bin/vite.js');
const SAVE_COUNT = 250;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const WORKSHOP_SIZES = [1000, 10000];
const BACKUP_PARTICIPANTS = 20000;

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
const ms = (value) => (value === undefined || value === null ? '—' : value.toFixed(1));
const ratio = (ours, theirs) => (theirs > 0 ? Number((ours / theirs).toFixed(2)) : null);
const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)));

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

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
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

/** A share link of a complete result, made with the app's own encoder. */
async function shareLink(baseUrl) {
  const load = async (file) =>
    (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'error' })).module;
  const { encodeShareCode } = await load('src/domain/share-code.ts');
  const { ITEM_IDS } = await load('src/domain/instrument.ts');
  const answers = Object.fromEntries(ITEM_IDS.map((id, index) => [id, ((index * 3) % 5) + 1]));
  const code = encodeShareCode({
    answers,
    completedAt: Date.UTC(2026, 10, 20),
    assessmentId: 'bench-shared',
    names: { businessName: 'Corner Bakery', respondent: 'Ana' },
  });
  return `${baseUrl}/s#${code}`;
}

async function main() {
  const work = mkdtempSync(join(os.tmpdir(), 'centricity-bench-'));
  const buildDir = join(work, 'build');
  const peerBuildDir = join(work, 'peer');
  const profileDir = join(work, 'profile');
  const cleanups = [() => rmSync(work, { recursive: true, force: true })];
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverageAtStart: loadAverage(),
  };
  console.log(`load average at start (1, 5, 15 min): ${results.loadAverageAtStart.join(', ')}`);

  try {
    // 1. Builds (separate processes: the prerender step sets browser-like globals).
    console.log('building the app…');
    run(process.execPath, [viteBin, 'build', '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, BUILD_DIR: buildDir },
    });
    console.log('installing and building the SurveyJS peer…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peerRoot });
    run(process.execPath, [viteBin, 'build', '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: peerRoot,
      env: { ...process.env, PEER_BUILD_DIR: peerBuildDir },
    });
    const bundles = bundleReport(buildDir);
    results.bundles = {
      budgetFirstRouteKb: BUDGET_FIRST_ROUTE_JS_KB,
      firstRoute: {
        jsKb: Number(kb(bundles.initial.js)),
        htmlKb: Number(kb(bundles.initial.html)),
        cssKb: Number(kb(bundles.initial.css)),
      },
      lazyLibrariesInFirstRoute: Object.entries(bundles.lazyInInitial)
        .filter(([, files]) => files.length > 0)
        .map(([library]) => library),
      lazy: Object.fromEntries(
        Object.entries(bundles.screens).map(([name, size]) => [
          name,
          { jsKb: Number(kb(size.js)), cssKb: Number(kb(size.css)) },
        ]),
      ),
    };

    // 2. Preview servers.
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir: buildDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    cleanups.unshift(() => server.close());
    const peerPort = Number(process.env.BENCH_PEER_PORT ?? (await freePort()));
    const peerServer = await preview({
      root: peerRoot,
      configFile: join(peerRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: peerBuildDir },
      preview: { port: peerPort, strictPort: true, host: '127.0.0.1', open: false },
    });
    cleanups.unshift(() => peerServer.close());
    const baseUrl = `http://127.0.0.1:${port}`;
    const peerUrl = `http://127.0.0.1:${peerPort}/`;

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
      // The peer once, so that its repeat visit has its files in the HTTP cache.
      const page = await context.newPage();
      await page.goto(peerUrl);
      await page.locator('.sd-question').first().waitFor();
      await page.close();
    } finally {
      await context.close();
    }

    // 4. Lighthouse.
    results.lighthouse = await runLighthouse(
      [
        { name: 'Home', url: `${baseUrl}/`, mode: 'cold' },
        { name: 'Shared link', url: await shareLink(baseUrl), mode: 'cold' },
        { name: 'SurveyJS', url: peerUrl, mode: 'cold' },
        {
          name: 'Survey step',
          url: `${baseUrl}/a/${seeded.unfinished}/survey/1`,
          mode: 'cold-code',
        },
        { name: 'Home (repeat)', url: `${baseUrl}/`, mode: 'repeat' },
        {
          name: 'Survey (repeat)',
          url: `${baseUrl}/a/${seeded.unfinished}/survey/1`,
          mode: 'repeat',
        },
        {
          name: 'Results (repeat)',
          url: `${baseUrl}/a/${seeded.completed}/results`,
          mode: 'repeat',
        },
        { name: 'SurveyJS (repeat)', url: peerUrl, mode: 'repeat' },
      ],
      { userDataDir: profileDir, runs: LIGHTHOUSE_RUNS, reportDir: join(root, 'bench/lighthouse') },
    );
    results.lighthouseRunsPerPage = LIGHTHOUSE_RUNS;
    const ours = results.lighthouse.Home;
    const theirs = results.lighthouse.SurveyJS;
    results.versusSurveyJs = {
      page: 'Home, cold first visit',
      bytes: ratio(ours.transferKb, theirs.transferKb),
      scriptBytes: ratio(ours.scriptKb, theirs.scriptKb),
      lcp: ratio(ours.lcpMs, theirs.lcpMs),
      tbt: ratio(ours.tbtMs, theirs.tbtMs),
    };

    // 5. Big groups.
    results.bigGroups = await measureBigGroups(baseUrl, {
      sizes: WORKSHOP_SIZES,
      backupParticipants: BACKUP_PARTICIPANTS,
    });

    // 7. Scan latency through the fake camera (its own browser: the camera flags).
    results.scan = await measureScanLatency(root, baseUrl, work);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }

  // 6. Aggregation (pure TypeScript, in Node).
  results.aggregation = await measureAggregation(root);
  results.loadAverageAtEnd = loadAverage();

  report(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

function lighthouseRows(lighthouse, names) {
  return names.map((name) => {
    const r = lighthouse[name];
    return [
      name,
      r.performance,
      r.accessibility,
      r.bestPractices,
      r.fcpMs,
      r.lcpMs,
      r.tbtMs,
      r.cls,
      kb(r.transferKb),
      r.runs.join('/'),
    ];
  });
}

const LIGHTHOUSE_HEADER = [
  'page',
  'perf',
  'a11y',
  'b. pr.',
  'FCP ms',
  'LCP ms',
  'TBT ms',
  'CLS',
  'KB',
  'perf runs',
];

function report(results) {
  const { machine: m, bundles, lighthouse, answerSave, aggregation, bigGroups } = results;
  console.log(`\nCentricity benchmark — ${results.date}`);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}`);
  console.log(`browser: Chromium ${results.chromium}`);
  console.log(
    `load average (1, 5, 15 min): ${results.loadAverageAtStart.join(', ')} at start, ${results.loadAverageAtEnd.join(', ')} at end`,
  );

  printTable(
    `Bundles (gzip level 9, KB; first-route JS + HTML budget ${bundles.budgetFirstRouteKb} KB)`,
    ['part', 'JS / HTML', 'CSS'],
    [
      ['first route: prerendered HTML', kb(bundles.firstRoute.htmlKb), ''],
      ['first route: JavaScript', kb(bundles.firstRoute.jsKb), kb(bundles.firstRoute.cssKb)],
      ...Object.entries(bundles.lazy).map(([name, size]) => [
        `+ ${name} (lazy)`,
        kb(size.jsKb),
        kb(size.cssKb),
      ]),
    ],
  );

  const runs = results.lighthouseRunsPerPage;
  printTable(
    `Lighthouse 12, mobile, simulated throttling — FIRST VISITS (cold), median of ${runs}`,
    LIGHTHOUSE_HEADER,
    lighthouseRows(lighthouse, ['Home', 'Survey step', 'Shared link', 'SurveyJS']),
  );
  console.log(
    '  cold: no service worker, empty HTTP cache; storage cleared too, except for the survey step, whose assessment stays stored',
  );
  printTable(
    `Lighthouse 12, mobile, simulated throttling — REPEAT VISITS (service worker and caches warm), median of ${runs}`,
    LIGHTHOUSE_HEADER,
    lighthouseRows(lighthouse, [
      'Home (repeat)',
      'Survey (repeat)',
      'Results (repeat)',
      'SurveyJS (repeat)',
    ]),
  );
  for (const [name, r] of Object.entries(lighthouse)) {
    if (r.failingAudits?.length)
      console.log(`  ${name}: audits not passed: ${r.failingAudits.join(', ')}`);
  }

  const v = results.versusSurveyJs;
  printTable(
    'Centricity / SurveyJS, cold first visit (Home vs the SurveyJS audit; below 1 = ours is smaller or faster)',
    ['measure', 'Centricity', 'SurveyJS', 'ratio'],
    [
      [
        'bytes transferred (KB)',
        kb(lighthouse.Home.transferKb),
        kb(lighthouse.SurveyJS.transferKb),
        v.bytes,
      ],
      [
        'of which script (KB)',
        kb(lighthouse.Home.scriptKb),
        kb(lighthouse.SurveyJS.scriptKb),
        v.scriptBytes,
      ],
      ['LCP (ms)', lighthouse.Home.lcpMs, lighthouse.SurveyJS.lcpMs, v.lcp],
      ['TBT (ms)', lighthouse.Home.tbtMs, lighthouse.SurveyJS.tbtMs, v.tbt],
      ['performance score', lighthouse.Home.performance, lighthouse.SurveyJS.performance, ''],
    ],
  );

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

  printTable(
    'Big groups in Chromium (Node-side wall time, an upper bound)',
    ['measure', 'ms'],
    [
      ...bigGroups.workshops.flatMap((w) => [
        [`workshop of ${w.participants}: import file → stored + aggregated`, ms(w.importMs)],
        [`workshop of ${w.participants}: open dashboard → count and charts drawn`, ms(w.renderMs)],
        [`workshop of ${w.participants}: open dashboard, median of 3 opens`, ms(w.renderMedianMs)],
        [`workshop of ${w.participants}: table → last participant shown`, ms(w.lastParticipantMs)],
      ]),
      ...(bigGroups.backup
        ? [
            [
              `backup of ${bigGroups.backup.participants} participants (${bigGroups.backup.megabytes} MB): import`,
              bigGroups.backup.ms === null
                ? `failed: ${bigGroups.backup.error}`
                : ms(bigGroups.backup.ms),
            ],
          ]
        : []),
    ],
  );
  if (bigGroups.error) console.log(`  big groups stopped: ${bigGroups.error}`);

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
