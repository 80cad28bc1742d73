// Every plural key, rendered with 0, 1, 2 and 5 in every language, through the app's own
// i18next set-up: the form the language's rules pick (Intl.PluralRules — Slovak has one,
// few, many and other; Persian counts 0 as "one") exists in that language, the number
// appears in the language's digits, and no placeholder is left unfilled.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '../../src/i18n/format';
import { initI18n } from '../../src/i18n/i18n';
import { LANGUAGE_CODES, NAMESPACES } from '../../src/i18n/languages';

const LOCALES_DIR = join(import.meta.dirname, '../../locales');
const COUNTS = [0, 1, 2, 5];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/**
 * Placeholders that carry the counted number itself (validation-issue.tsx: length, max,
 * min; the room's screens pass it pre-formatted as formattedCount).
 */
const COUNTED = new Set(['length', 'max', 'min', 'formattedCount']);

function flatten(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (typeof value === 'string') into.set(prefix, value);
  return into;
}

function read(language: string, namespace: string): Map<string, string> {
  return flatten(
    JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')),
  );
}

/** Plural keys of English ("data:amounts.plans"), with the other placeholders they use. */
function pluralKeys(): { namespace: string; base: string; placeholders: string[] }[] {
  const keys = [];
  for (const namespace of NAMESPACES) {
    const english = read('en', namespace);
    const bases = new Set(
      [...english.keys()]
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    for (const base of bases) {
      const text = english.get(`${base}_other`) ?? '';
      const placeholders = [...text.matchAll(/{{\s*(\w+)\s*}}/g)]
        .map((match) => match[1]!)
        .filter((name) => name !== 'count');
      keys.push({ namespace, base, placeholders });
    }
  }
  return keys;
}

const KEYS = pluralKeys();

/** i18next.t without the typed keys: the keys here are read from the files at run time. */
const translate = (key: string, options: Record<string, unknown>): string =>
  (i18next.t as unknown as (key: string, options: Record<string, unknown>) => string)(key, options);

beforeAll(async () => {
  await initI18n('en');
  await i18next.loadLanguages([...LANGUAGE_CODES]);
  await i18next.loadNamespaces([...NAMESPACES]);
});

describe('the plural keys', () => {
  it('are found (the test is not vacuous) and cover every namespace file on disk', () => {
    expect(KEYS.length).toBeGreaterThan(20);
    const onDisk = readdirSync(join(LOCALES_DIR, 'en')).map((file) => file.replace('.json', ''));
    expect([...NAMESPACES].sort()).toEqual(onDisk.sort());
  });
});

describe.each(LANGUAGE_CODES)('plurals in %s', (language) => {
  const rules = new Intl.PluralRules(language);
  it.each(KEYS.map((key) => [`${key.namespace}:${key.base}`, key] as const))(
    '%s renders for 0, 1, 2 and 5',
    (_, { namespace, base, placeholders }) => {
      const own = read(language, namespace);
      const problems: string[] = [];
      for (const count of COUNTS) {
        const form = `${base}_${rules.select(count)}`;
        const template = own.get(form);
        if (template === undefined) {
          problems.push(`${count}: no ${form} in locales/${language}/${namespace}.json`);
          continue;
        }
        const values = Object.fromEntries(
          placeholders.map((name) => [
            name,
            COUNTED.has(name) ? formatInteger(count, language) : `‹${name}›`,
          ]),
        );
        const text = translate(`${namespace}:${base}`, { lng: language, count, ...values });
        if (text.includes('{{') || text === base) problems.push(`${count}: unfilled "${text}"`);
        // Only the sentence for exactly one may leave the number out ("One item").
        if (count !== 1 && !text.includes(formatInteger(count, language)))
          problems.push(`${count}: "${text}" lacks ${formatInteger(count, language)}`);
        for (const name of placeholders.filter((name) => !COUNTED.has(name)))
          if (template.includes(`{{${name}}}`) && !text.includes(`‹${name}›`))
            problems.push(`${count}: "${text}" lacks {{${name}}}`);
        if (text !== translate(`${namespace}:${form}`, { lng: language, count, ...values }))
          problems.push(`${count}: i18next did not pick ${form}`);
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('sentences made of several counts', () => {
  it.each([
    [1, 'Stored now: 1 assessment, 1 action plan, 1 workshop with 1 participant result.'],
    [2, 'Stored now: 2 assessments, 2 action plans, 2 workshops with 2 participant results.'],
  ])('say %d of each in the right number, in English', (count, expected) => {
    const t = i18next.getFixedT('en', 'data');
    expect(
      t('counts', {
        assessments: t('amounts.assessments', { count }),
        plans: t('amounts.plans', { count }),
        workshops: t('amounts.workshops', { count }),
        participants: t('amounts.participants', { count }),
      }),
    ).toBe(expected);
  });

  it('agree in Slovak', () => {
    const t = i18next.getFixedT('sk', 'data');
    expect(t('amounts.plans', { count: 1 })).toBe('1 akčný plán');
    expect(t('amounts.plans', { count: 3 })).toBe('3 akčné plány');
    expect(t('amounts.plans', { count: 5 })).toBe('5 akčných plánov');
  });
});
