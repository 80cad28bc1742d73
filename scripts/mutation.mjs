// npm run mutation: StrykerJS over src/domain (stryker.config.mjs), one module at a time,
// then the mutation score overall and per module, and the surviving mutants of the three
// modules whose every survivor must be killed or explained (docs/mutation.md).
//
// A whole run takes hours on two cores, so each module's result is kept in
// docs/mutation-results.json (counts and survivors, committed) with a key made of the
// module's source, the sources it imports and the tests that import it. A later run skips
// every module whose key is unchanged and measures the rest: the work can be spread over
// several sittings and stopped at any time (a module cut short is measured again).
//
//   node scripts/mutation.mjs                 measure what is new or changed, then report
//   node scripts/mutation.mjs --fresh         measure every module again
//   node scripts/mutation.mjs --only a.ts,b   measure these modules (changed or not)
//   node scripts/mutation.mjs --report-only   report what is kept, measure nothing
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const DOMAIN = 'src/domain';
const RESULTS = 'docs/mutation-results.json';
const STRYKER_REPORT = 'reports/mutation/mutation.json';
const WATCHED = ['scoring.ts', 'aggregate.ts', 'share-code.ts'];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : (args[index + 1] ?? '');
};

const read = (file) => readFileSync(join(DOMAIN, file), 'utf8');
const files = readdirSync(DOMAIN)
  .filter((file) => file.endsWith('.ts'))
  .sort();
const modules = files.filter((file) => !file.endsWith('.test.ts'));
const tests = files.filter((file) => file.endsWith('.test.ts'));

/** The domain modules a source imports ('./x' → 'x.ts'). */
function imports(source) {
  return [...source.matchAll(/from '\.\/([\w-]+)'/g)].map((match) => `${match[1]}.ts`);
}

/** What a module's result depends on: its source, what it imports, the tests importing it. */
function keyOf(module) {
  const name = module.replace(/\.ts$/, '');
  const parts = [module, ...imports(read(module))];
  for (const test of tests) if (imports(read(test)).includes(module)) parts.push(test);
  const hash = createHash('sha256');
  for (const part of [...new Set(parts)].sort()) {
    if (!existsSync(join(DOMAIN, part))) continue;
    hash.update(`${part}\0${read(part)}\0`);
  }
  return `${name}:${hash.digest('hex').slice(0, 16)}`;
}

function summarise(mutants) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  return {
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    ignored:
      mutants.length -
      mutants.filter((m) => DETECTED.has(m.status) || UNDETECTED.has(m.status)).length,
    survivors: mutants
      .filter((mutant) => UNDETECTED.has(mutant.status))
      .map((m) => ({
        at: `${m.location.start.line}:${m.location.start.column}`,
        status: m.status,
        mutator: m.mutatorName,
        replacement: m.replacement ?? '',
      }))
      .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true })),
  };
}

function measure(module) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', `${DOMAIN}/${module}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`StrykerJS failed on ${module} (exit ${run.status})`);
  const report = JSON.parse(readFileSync(STRYKER_REPORT, 'utf8'));
  const mutants = report.files[`${DOMAIN}/${module}`]?.mutants ?? [];
  return {
    key: keyOf(module),
    measured: new Date().toISOString().slice(0, 16).replace('T', ' '),
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    ...summarise(mutants),
  };
}

const kept = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const save = () => writeFileSync(RESULTS, `${JSON.stringify(sortedKeys(kept), null, 2)}\n`);
function sortedKeys(object) {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]),
  );
}

// Modules that are gone are forgotten.
for (const module of Object.keys(kept)) if (!modules.includes(module)) delete kept[module];

if (!args.includes('--report-only')) {
  const only = option('--only')
    ?.split(',')
    .map((name) => basename(name));
  const todo = modules.filter((module) =>
    only ? only.includes(module) : args.includes('--fresh') || kept[module]?.key !== keyOf(module),
  );
  console.log(
    `Measuring ${todo.length} of ${modules.length} modules: ${todo.join(', ') || 'none'}`,
  );
  for (const [index, module] of todo.entries()) {
    console.log(`\n[${index + 1}/${todo.length}] ${module}`);
    kept[module] = measure(module);
    save();
  }
}
save();

// The report: every module, then the whole domain (modules not measured are named).
const score = ({ killed, timeout, survived, noCoverage }) => {
  const valid = killed + timeout + survived + noCoverage;
  return valid === 0 ? null : ((killed + timeout) / valid) * 100;
};
const rows = modules.map((module) => {
  const result = kept[module];
  const current = result?.key === keyOf(module);
  return { module, result, current };
});
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
console.log('\nmodule                          score  detected  undetected  measured');
for (const { module, result, current } of rows) {
  if (!result) {
    console.log(`${module.padEnd(30)}      —  (not measured)`);
    continue;
  }
  for (const field of Object.keys(total)) total[field] += result[field];
  const value = score(result);
  console.log(
    `${module.padEnd(30)} ${value === null ? '     —' : `${value.toFixed(1).padStart(5)}%`}  ${String(result.killed + result.timeout).padStart(8)}  ${String(result.survived + result.noCoverage).padStart(10)}  ${result.measured}${current ? '' : ' (changed since)'}`,
  );
}
const missing = rows.filter((row) => !row.result).map((row) => row.module);
const stale = rows.filter((row) => row.result && !row.current).map((row) => row.module);
const measured = modules.length - missing.length;
console.log(
  `\nsrc/domain, ${measured} of ${modules.length} modules measured: ${score(total)?.toFixed(1) ?? '—'} % (${total.killed + total.timeout} detected, ${total.survived + total.noCoverage} undetected)` +
    (missing.length ? `; not measured: ${missing.join(', ')}` : '') +
    (stale.length ? `; changed since measured: ${stale.join(', ')}` : ''),
);
for (const module of WATCHED) {
  for (const survivor of kept[module]?.survivors ?? []) {
    console.log(
      `survivor ${DOMAIN}/${module}:${survivor.at} ${survivor.mutator} → ${JSON.stringify(survivor.replacement)}`,
    );
  }
}
