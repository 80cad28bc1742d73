// Each screen loads only the translation namespaces it declares in src/app/routes.tsx
// (the layout's and Home's load before the first render). A namespace a screen uses but
// does not declare would show raw keys until it arrives, so this test follows every
// import (static and lazy) from each screen's module through src/ and checks that the
// namespaces found there are declared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/i18n/languages';

const ROOT = join(import.meta.dirname, '../..');
const ROUTES = join(ROOT, 'src/app/routes.tsx');
const NS = `(?:${NAMESPACES.join('|')})`;

const USES = [
  // useTranslation('plan') · useTranslation(['plan', 'common']) · getFixedT(lng, 'report')
  /(?:useTranslation|getFixedT)\(\s*(?:[^,()'"[\]]+,\s*)?(\[[^\]]*\]|'[^']*')/g,
  // ns: 'x' · ns: ['x', 'y'] (options of t and Trans)
  /\bns[:=]\s*\{?\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g,
];
// ns:key, but not a data: URL (data:image/svg+xml…).
const PREFIXED = new RegExp(`[\`'"](${NS}):(?![a-z]+/)`, 'g');
const DEFAULT_NS = /useTranslation\(\s*\)|\bi18next\.t\(|\bgetFixedT\([^,()]*\)/;

function namespacesIn(source: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of USES) {
    for (const match of source.matchAll(pattern)) {
      for (const name of match[1]!.matchAll(/['"]([a-z]+)['"]/g)) found.add(name[1]!);
    }
  }
  for (const match of source.matchAll(PREFIXED)) found.add(match[1]!);
  if (DEFAULT_NS.test(source)) found.add('common');
  return found;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Namespaces used by `entry` and everything it imports inside src/ (lazily or not). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const name of namespacesIn(source)) found.add(name);
    const specifiers = [
      ...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm),
      ...source.matchAll(/^export\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm),
      ...source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
    ].map((match) => match[1]!);
    for (const specifier of specifiers) {
      const target = resolveImport(file, specifier);
      // The i18n set-up itself names every namespace; it is not a screen's text.
      if (target && !target.includes(`${join('src', 'i18n')}`)) visit(target);
    }
  };
  visit(entry);
  return found;
}

type Declared = { name: string; module: string; namespaces: string[] };

function listOf(text: string): string[] {
  return [...text.matchAll(/'([a-z]+)'/g)].map((match) => match[1]!);
}

/** The screens routes.tsx declares: screen([namespaces], () => import('module')…). */
function declaredScreens(): Declared[] {
  const source = readFileSync(ROUTES, 'utf8');
  const screens: Declared[] = [];
  for (const match of source.matchAll(
    /screen\(\s*(\[[^\]]*\]|[A-Z_]+)\s*,\s*\(\)\s*=>\s*import\('([^']+)'\)/g,
  )) {
    const module = resolveImport(ROUTES, match[2]!);
    if (!module) throw new Error(`routes.tsx imports ${match[2]}, which does not exist`);
    const namespaces = match[1]!.startsWith('[') ? listOf(match[1]!) : constant(source, match[1]!);
    screens.push({ name: relative(ROOT, module), module, namespaces });
  }
  return screens;
}

function constant(source: string, name: string): string[] {
  const match = new RegExp(`const ${name}\\b[^=]*=\\s*(\\[[^\\]]*\\])`).exec(source);
  if (!match) throw new Error(`routes.tsx has no constant ${name}`);
  return listOf(match[1]!);
}

describe('translation namespaces per screen', () => {
  const source = readFileSync(ROUTES, 'utf8');
  const layout = constant(source, 'LAYOUT_NAMESPACES');
  const screens = declaredScreens();

  it('routes.tsx declares the layout and its lazily loaded screens', () => {
    expect(layout).toContain('common');
    expect(screens.length).toBeGreaterThanOrEqual(10);
    for (const screen of screens) {
      for (const name of screen.namespaces) expect(NAMESPACES).toContain(name);
    }
  });

  it('the layout uses only the namespaces loaded before the first render', () => {
    const used = reachable(join(ROOT, 'src/app/layout.tsx'));
    expect([...used].filter((name) => !layout.includes(name))).toEqual([]);
  });

  it('Home uses only the namespaces loaded with the layout before the first render', () => {
    const home = constant(source, 'HOME_NAMESPACES');
    const used = reachable(join(ROOT, 'src/features/home/home-page.tsx'));
    expect([...used].filter((name) => !home.includes(name) && !layout.includes(name))).toEqual([]);
  });

  it('finds namespaces the way the code names them', () => {
    expect(
      namespacesIn(
        "useTranslation(['plan', 'common']); t('instrument:x'); t(`advice:${id}`); getFixedT(lng, 'report'); t('k', { ns: 'share' })",
      ),
    ).toEqual(new Set(['plan', 'common', 'instrument', 'advice', 'report', 'share']));
    expect(namespacesIn('const { t } = useTranslation();')).toEqual(new Set(['common']));
  });

  for (const screen of declaredScreens()) {
    it(`${screen.name} declares every namespace it uses`, () => {
      const used = reachable(screen.module);
      const missing = [...used].filter(
        (name) => !screen.namespaces.includes(name) && !layout.includes(name),
      );
      expect(missing).toEqual([]);
    });
  }
});
