// Every translation must match English, the source: the same keys (no missing, no extra,
// none empty), exactly the plural variants the language's count rules need
// (Intl.PluralRules), and the same {{placeholders}}. Failures list the keys per file.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(import.meta.dirname, '../../locales');
const TRANSLATIONS = ['ms', 'id', 'sk', 'fa'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, value);
  }
  return into;
}

function readNamespace(language: string, file: string): Flat | string {
  const path = join(LOCALES_DIR, language, file);
  if (!existsSync(path)) return `locales/${language}/${file} does not exist`;
  try {
    return flatten(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    return `locales/${language}/${file} is not valid JSON: ${(error as Error).message}`;
  }
}

function placeholders(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  const names = [...text.matchAll(/{{\s*([^,}\s]+)[^}]*}}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

/** English plural keys grouped by base key ("survey.unanswered" → its en variants). */
function pluralBases(english: Flat): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const key of english.keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key || !english.has(`${base}_other`)) continue;
    bases.set(base, [...(bases.get(base) ?? []), key]);
  }
  return bases;
}

/**
 * The keys a language must have: every non-plural English key, and for each English
 * plural base exactly one key per plural category of that language.
 */
function expectedKeys(english: Flat, language: string): Map<string, string[]> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const bases = pluralBases(english);
  const pluralVariants = new Set([...bases.values()].flat());
  // key → the English keys whose placeholders it should carry
  const expected = new Map<string, string[]>();
  for (const key of english.keys()) {
    if (!pluralVariants.has(key)) expected.set(key, [key]);
  }
  for (const [base, variants] of bases) {
    for (const category of categories) expected.set(`${base}_${category}`, variants);
  }
  return expected;
}

function compareNamespace(english: Flat, translation: Flat, language: string): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(english, language);
  for (const key of expected.keys()) {
    if (!translation.has(key)) problems.push(`missing key: ${key}`);
  }
  for (const [key, value] of translation) {
    const sources = expected.get(key);
    if (!sources) {
      problems.push(`extra key (not in en or not a ${language} plural form): ${key}`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`empty or non-text value: ${key}`);
      continue;
    }
    const found = placeholders(value);
    if (sources.length === 1) {
      const wanted = placeholders(english.get(sources[0]!));
      if (found.join() !== wanted.join()) {
        problems.push(
          `placeholders differ in ${key}: en has {${wanted.join(', ')}}, ${language} has {${found.join(', ')}}`,
        );
      }
    } else {
      // Plural forms: a form for one item may leave out {{count}}, but every other
      // placeholder of the English "other" form must be there, and nothing unknown.
      const allowed = new Set(sources.flatMap((source) => placeholders(english.get(source))));
      const other = sources.find((source) => source.endsWith('_other'));
      const required = placeholders(other ? english.get(other) : '').filter((p) => p !== 'count');
      const unknown = found.filter((name) => !allowed.has(name));
      const lacking = required.filter((name) => !found.includes(name));
      if (unknown.length > 0 || lacking.length > 0) {
        problems.push(
          `placeholders differ in ${key}: unknown {${unknown.join(', ')}}, missing {${lacking.join(', ')}}`,
        );
      }
    }
  }
  return problems;
}

const namespaceFiles = readdirSync(join(LOCALES_DIR, 'en'))
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('the checker itself', () => {
  const english = flatten({
    title: 'Results for {{name}}',
    nested: { count_one: 'One item', count_other: '{{count}} items in {{place}}' },
  });

  it('accepts a complete Slovak translation with one/few/many/other', () => {
    const slovak = flatten({
      title: 'Výsledky pre {{name}}',
      nested: {
        count_one: 'Jedna položka v {{place}}',
        count_few: '{{count}} položky v {{place}}',
        count_many: '{{count}} položky v {{place}}',
        count_other: '{{count}} položiek v {{place}}',
      },
    });
    expect(compareNamespace(english, slovak, 'sk')).toEqual([]);
  });

  it('reports missing, extra, empty, wrong plural forms and placeholders', () => {
    const malay = flatten({
      title: 'Keputusan untuk {{nama}}',
      nested: { count_one: 'Satu', count_other: '' },
      stray: 'x',
    });
    expect(compareNamespace(english, malay, 'ms')).toEqual([
      'placeholders differ in title: en has {name}, ms has {nama}',
      'extra key (not in en or not a ms plural form): nested.count_one',
      'empty or non-text value: nested.count_other',
      'extra key (not in en or not a ms plural form): stray',
    ]);
    expect(compareNamespace(english, flatten({}), 'fa')).toEqual([
      'missing key: title',
      'missing key: nested.count_one',
      'missing key: nested.count_other',
    ]);
  });
});

describe.each(TRANSLATIONS)('locale %s', (language) => {
  it.each(namespaceFiles)(`has every key of en/%s, translated`, (file) => {
    const english = readNamespace('en', file);
    if (typeof english === 'string') throw new Error(english);
    const translation = readNamespace(language, file);
    const problems =
      typeof translation === 'string'
        ? [translation]
        : compareNamespace(english, translation, language);
    expect(problems, `locales/${language}/${file}: ${problems.length} problem(s)`).toEqual([]);
  });
});
