// @vitest-environment node
// The budget check (scripts/check-budgets.mjs) must fail the build when a budget is
// broken. It runs here against small fake builds: chunk files in a temporary folder and
// a bundle manifest beside it, passed through BUILD_DIR exactly as npm test passes the
// real one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Text that gzip cannot shrink much: a fixed pseudo-random sequence (no Math.random). */
function incompressible(bytes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let seed = 12345;
  let text = '';
  for (let index = 0; index < bytes; index++) {
    // xorshift32: 32-bit integer arithmetic, so the sequence does not fall into a short cycle.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    text += alphabet[(seed >>> 0) % alphabet.length];
  }
  return `export const blob = "${text}";`;
}

function fakeBuild(
  chunks: Record<string, Chunk & { content: string }>,
  files: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  folders.push(dir);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  const manifest: Record<string, Chunk> = {};
  for (const [key, { content, ...chunk }] of Object.entries(chunks)) {
    writeFileSync(join(dir, chunk.file), content);
    manifest[key] = chunk;
  }
  // Beside the build, where vite.config.ts writes it (never inside what is deployed).
  writeFileSync(`${dir}.manifest.json`, JSON.stringify(manifest));
  folders.push(`${dir}.manifest.json`);
  return dir;
}

function checkBudgets(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/check-budgets.mjs'], {
    env: { ...process.env, BUILD_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const CHART = {
  'src/ui/charts/section-radar-chart.tsx': {
    file: 'assets/chart.js',
    content: 'export const chart = "recharts-wrapper";',
  },
};

describe('check-budgets', () => {
  it('passes a small first route with the charts in a lazy chunk', () => {
    const dir = fakeBuild({
      'index.html': { file: 'assets/index.js', isEntry: true, content: 'console.log(1);' },
      ...CHART,
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toContain('budgets met');
    expect(status).toBe(0);
  });

  it('fails when the first route (entry plus static imports) is over 150 KB gzipped', () => {
    const dir = fakeBuild({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_vendor.js'],
        content: 'import "./vendor.js";',
      },
      '_vendor.js': { file: 'assets/vendor.js', content: incompressible(220_000) },
      ...CHART,
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toMatch(
      /BUDGET FAILED: first-route JavaScript and prerendered HTML are 1\d\d\.\d KB/,
    );
    expect(status).toBe(1);
  });

  it('counts the prerendered HTML and the boot script it loads', () => {
    // About 73 KB of prerendered markup, a 51 KB boot script and a 29 KB entry (gzipped):
    // over 150 KB only when all three count.
    const dir = fakeBuild(
      {
        'index.html': { file: 'assets/index.js', isEntry: true, content: incompressible(40_000) },
        ...CHART,
      },
      {
        'index.html': `<!doctype html><div id="root">${incompressible(100_000)}</div><script type="module" src="/assets/index.js"></script><script src="/assets/boot.js"></script>`,
        'assets/boot.js': incompressible(70_000),
      },
    );
    const { status, output } = checkBudgets(dir);
    expect(output).toMatch(
      /BUDGET FAILED: first-route JavaScript and prerendered HTML are 1\d\d\.\d KB gzipped \(8\d\.\d \+ 7\d\.\d\)/,
    );
    expect(status).toBe(1);
  });

  // The first route is the entry, src/app/start.tsx (which the entry imports after the
  // first paint) and anything index.html preloads, each with its imports.
  it.each([
    {
      what: 'src/app/start.tsx and its imports',
      start: { imports: ['_vendor.js'], content: 'import "./vendor.js";' },
      preload: '',
    },
    {
      what: 'a chunk index.html preloads',
      start: { content: 'console.log(2);' },
      preload: '<link rel="modulepreload" crossorigin href="/assets/vendor.js">',
    },
  ])('counts $what in the first route', ({ start, preload }) => {
    const dir = fakeBuild(
      {
        'index.html': { file: 'assets/index.js', isEntry: true, content: 'console.log(1);' },
        'src/app/start.tsx': { file: 'assets/start.js', ...start },
        '_vendor.js': { file: 'assets/vendor.js', content: incompressible(220_000) },
        ...CHART,
      },
      {
        'index.html': `<!doctype html>${preload}<script type="module" src="/assets/index.js"></script>`,
      },
    );
    const { status, output } = checkBudgets(dir);
    expect(output).toMatch(
      /BUDGET FAILED: first-route JavaScript and prerendered HTML are 1\d\d\.\d KB/,
    );
    expect(status).toBe(1);
  });

  it('fails when the database or validation library is in the first route', () => {
    const dir = fakeBuild({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_db.js'],
        content: 'import "./db.js";',
      },
      '_db.js': { file: 'assets/db.js', content: 'class DexieError extends Error {}; "ZodError";' },
      ...CHART,
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toContain('BUDGET FAILED: dexie is in the first route: assets/db.js');
    expect(output).toContain('BUDGET FAILED: zod is in the first route: assets/db.js');
    expect(status).toBe(1);
  });

  it('fails when recharts is in the first route', () => {
    const dir = fakeBuild({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        content: 'const className = "recharts-wrapper";',
      },
      ...CHART,
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toContain('BUDGET FAILED: recharts is in the first route: assets/index.js');
    expect(status).toBe(1);
  });

  it('fails when the QR reader (ZXing) is in the first route', () => {
    const dir = fakeBuild({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        content: 'const wasm = "/assets/zxing_reader-abc.wasm";',
      },
      ...CHART,
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toContain('BUDGET FAILED: the QR reader is in the first route: assets/index.js');
    expect(status).toBe(1);
  });

  it('fails when no lazily loaded chart chunk exists', () => {
    const dir = fakeBuild({
      'index.html': { file: 'assets/index.js', isEntry: true, content: 'console.log(1);' },
    });
    const { status, output } = checkBudgets(dir);
    expect(output).toContain('no lazily loaded chart chunk');
    expect(status).toBe(1);
  });
});
