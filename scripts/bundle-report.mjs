// Bundle sizes from the build's bundle manifest: the JavaScript and CSS the first route
// needs before it can render (entry + static imports), and what each lazily loaded screen
// adds on top. Used by the budget check (npm test) and by the benchmark. The manifest
// (Vite's format) is written beside the build, not in it, by vite.config.ts's
// bundleManifest(), so a deployment of the build folder carries no source paths.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_FIRST_ROUTE_JS_KB = 150;

/** Lazily loaded parts worth reporting, by source file. */
export const SCREENS = {
  'home (form + lists)': [
    'src/features/home/new-assessment-form.tsx',
    'src/features/home/assessment-lists.tsx',
  ],
  survey: ['src/features/survey/survey-page.tsx'],
  results: ['src/features/results/results-page.tsx'],
  'charts (recharts)': [
    'src/ui/charts/score-scale-chart.tsx',
    'src/ui/charts/section-radar-chart.tsx',
  ],
  about: ['src/features/about/about-page.tsx'],
  history: ['src/features/history/history-page.tsx'],
  workshop: ['src/features/workshop/workshop-page.tsx'],
  'action plan': ['src/features/action-plan/action-plan-page.tsx'],
  report: ['src/features/report/report-page.tsx'],
  settings: ['src/features/settings/settings-page.tsx'],
  share: ['src/features/share/share-page.tsx'],
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
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('No entry chunk in the manifest');

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

  const initialKeys = closure([entryKey]);
  const initial = sizeOf(initialKeys);
  const rechartsInInitial = initial.files.filter((file) =>
    readFileSync(join(dir, file), 'utf8').includes('recharts-wrapper'),
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
    initial: { js: initial.js, css: initial.css, files: initial.files },
    rechartsInInitial,
    screens,
  };
}
