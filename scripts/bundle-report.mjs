// Bundle sizes from the build's bundle manifest (Vite's format) and the built index.html:
// what the first route needs before it can render — the prerendered HTML, the boot script
// and the JavaScript of the entry with its static imports (and its CSS) — and what each
// lazily loaded screen adds on top. Used by the budget check (npm test) and by the
// benchmark. The manifest is written beside the build, not in it, by vite.config.ts's
// bundleManifest(), so a deployment of the build folder carries no source paths.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-route JavaScript plus the prerendered HTML, gzipped. */
export const BUDGET_FIRST_ROUTE_JS_KB = 150;
/** The module src/main.tsx imports after the first paint: part of every first visit. */
const START_KEY = 'src/app/start.tsx';

/**
 * Libraries that must stay out of the first route, each found by a text only its code
 * contains: charts, the database and validation load with the screens that use them, and
 * the server renderer is for the build only.
 */
export const LAZY_LIBRARIES = {
  recharts: 'recharts-wrapper',
  dexie: 'DexieError',
  zod: 'ZodError',
  // Only the build-time prerender renders to a string; the browser never does.
  'react-dom/server': 'renderToString',
  // The QR reader (ZXing) loads only when scanning starts.
  'the QR reader': 'zxing_reader',
};

/** Lazily loaded parts worth reporting, by source file. */
export const SCREENS = {
  'home form': ['src/features/home/new-assessment-form.tsx'],
  'home lists (when data is stored)': ['src/features/home/assessment-lists.tsx'],
  survey: ['src/features/survey/survey-page.tsx'],
  results: ['src/features/results/results-page.tsx'],
  'charts (recharts)': ['src/ui/charts/section-radar-chart.tsx'],
  "total's scale (HTML)": ['src/ui/charts/score-scale-chart.tsx'],
  about: ['src/features/about/about-page.tsx'],
  history: ['src/features/history/history-page.tsx'],
  workshop: ['src/features/workshop/workshop-page.tsx'],
  'action plan': ['src/features/action-plan/action-plan-page.tsx'],
  report: ['src/features/report/report-page.tsx'],
  settings: ['src/features/settings/settings-page.tsx'],
  share: ['src/features/share/share-page.tsx'],
  'projector slides': ['src/features/workshop/projector-page.tsx'],
  'join (participant)': ['src/features/share/join-page.tsx'],
  'QR reader (ZXing)': ['src/features/workshop/qr-zxing.ts'],
};

/** Where vite.config.ts writes the bundle manifest of a build in `dir`. */
export function bundleManifestPath(dir) {
  return `${resolve(dir)}.manifest.json`;
}

function gzipKb(dir, file) {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
}

export function bundleReport(dir = process.env.BUILD_DIR ?? 'dist') {
  const manifest = JSON.parse(readFileSync(bundleManifestPath(dir), 'utf8'));
  const entryKey = manifest['index.html']?.isEntry
    ? 'index.html'
    : Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('No entry chunk in the manifest');

  // index.html (with the prerendered first screen) and the classic scripts it loads
  // besides the module entry (the boot script).
  const htmlPath = join(dir, 'index.html');
  const html = existsSync(htmlPath) ? readFileSync(htmlPath) : Buffer.alloc(0);
  const htmlKb = gzipSync(html, { level: 9 }).length / 1024;
  const classicScripts = [...html.toString('utf8').matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/type=["']?module/.test(attributes))
    .map((attributes) => /src=["']?\/?([^"'\s>]+)/.exec(attributes)?.[1])
    .filter((file) => file !== undefined);
  const bootJs = classicScripts.reduce((sum, file) => sum + gzipKb(dir, file), 0);

  const closure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key) || !manifest[key]) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const sizeOf = (keys) => {
    let js = 0;
    let css = 0;
    const files = [];
    for (const key of keys) {
      const chunk = manifest[key];
      js += gzipKb(dir, chunk.file);
      files.push(chunk.file);
      for (const cssFile of chunk.css ?? []) css += gzipKb(dir, cssFile);
    }
    return { js, css, files };
  };

  // The entry with its static imports, src/app/start.tsx with its own (src/main.tsx
  // imports it after the first paint, on every visit), and whatever index.html preloads.
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const preloaded = [...html.toString('utf8').matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)]
    .map((match) => /href=["']?\/?([^"'\s>]+)/.exec(match[0])?.[1])
    .map((file) => keyOfFile.get(file))
    .filter((key) => key !== undefined);
  const start = manifest[START_KEY] ? [START_KEY] : [];
  const initialKeys = closure([entryKey, ...start, ...preloaded]);
  const initial = sizeOf(initialKeys);
  initial.files.unshift(...classicScripts);
  const lazyInInitial = Object.fromEntries(
    Object.entries(LAZY_LIBRARIES).map(([library, marker]) => [
      library,
      initial.files.filter((file) => readFileSync(join(dir, file), 'utf8').includes(marker)),
    ]),
  );

  const screens = {};
  for (const [name, sources] of Object.entries(SCREENS)) {
    const present = sources.filter((source) => manifest[source]);
    if (present.length === 0) continue;
    const keys = [...closure(present)].filter((key) => !initialKeys.has(key));
    const { js, css } = sizeOf(keys);
    screens[name] = { js, css };
  }
  return {
    initial: {
      js: initial.js + bootJs,
      css: initial.css,
      files: initial.files,
      html: htmlKb,
      total: initial.js + bootJs + htmlKb,
    },
    lazyInInitial,
    screens,
  };
}
