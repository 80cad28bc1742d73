// npm run mutation: StrykerJS over src/domain (stryker.config.mjs), then the mutation
// score overall and for the three modules whose every surviving mutant must be killed or
// explained (docs/mutation.md lists the equivalent ones). With --report-only it reads the
// last run's reports/mutation/mutation.json instead of running Stryker again.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REPORT = 'reports/mutation/mutation.json';
const WATCHED = ['src/domain/scoring.ts', 'src/domain/aggregate.ts', 'src/domain/share-code.ts'];

if (!process.argv.includes('--report-only')) {
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function tally(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const valid = detected + undetected;
  return { detected, undetected, score: valid === 0 ? 100 : (detected / valid) * 100 };
}

const files = Object.entries(report.files);
const rows = [['src/domain (all)', tally(files.flatMap(([, file]) => file.mutants))]];
for (const name of WATCHED) {
  const file = report.files[name];
  if (file) rows.push([name, tally(file.mutants)]);
}

console.log('\nmodule                         score   killed  survived');
for (const [name, { detected, undetected, score }] of rows) {
  console.log(
    `${name.padEnd(30)} ${score.toFixed(1).padStart(5)}%  ${String(detected).padStart(6)}  ${String(undetected).padStart(8)}`,
  );
}

// Survivors in the watched modules, with their place, for docs/mutation.md.
for (const name of WATCHED) {
  const survivors = (report.files[name]?.mutants ?? []).filter((m) => UNDETECTED.has(m.status));
  for (const m of survivors) {
    console.log(
      `survivor ${name}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`,
    );
  }
}
