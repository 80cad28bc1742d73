// Workshop aggregation time: `aggregateResults` from src/domain/aggregate.ts over
// synthetic participants with complete, deterministic answers. The TypeScript module is
// loaded through Vite's module runner, so no separate TypeScript runner is needed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const SECTION_SIZES = {
  culture: 4,
  products: 4,
  feedback: 3,
  knowledge: 3,
  accessibility: 3,
  staff: 5,
  improvement: 3,
};

/** Deterministic complete answer sets (no Math.random): the same group on every run. */
function answerSets(count) {
  let seed = 2024;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % 5) + 1;
  };
  const rows = [];
  for (let index = 0; index < count; index++) {
    const answers = {};
    for (const [section, size] of Object.entries(SECTION_SIZES)) {
      for (let item = 1; item <= size; item++) answers[`${section}.${item}`] = next();
    }
    rows.push(answers);
  }
  return rows;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Returns { [count]: { medianMs, minMs, repeats } }, or { unavailable } without the module. */
export async function measureAggregation(root, counts = [1_000, 10_000], repeats = 7) {
  const file = join(root, 'src/domain/aggregate.ts');
  if (!existsSync(file)) return { unavailable: 'src/domain/aggregate.ts does not exist yet' };
  const { module } = await runnerImport(file, { root, configFile: false, logLevel: 'error' });
  if (typeof module.aggregateResults !== 'function') {
    return { unavailable: 'src/domain/aggregate.ts does not export aggregateResults' };
  }
  const result = {};
  for (const count of counts) {
    const rows = answerSets(count);
    module.aggregateResults(rows); // warm-up: JIT, lazy initialisation
    const times = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      const start = performance.now();
      const aggregate = module.aggregateResults(rows);
      times.push(performance.now() - start);
      if (aggregate?.participants !== count) {
        throw new Error(`aggregateResults counted ${aggregate?.participants} of ${count}`);
      }
    }
    result[count] = {
      medianMs: Number(median(times).toFixed(2)),
      minMs: Number(Math.min(...times).toFixed(2)),
      repeats,
    };
  }
  return result;
}
