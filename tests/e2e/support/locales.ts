// The product's own texts, read from the locale files at test time, so a page object can
// find a control by its accessible name in any of the five languages and a test follows
// the translations instead of copying them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode } from '../../../src/i18n/languages';

type Json = { [key: string]: string | Json };

function messages(language: LanguageCode, namespace: string): Json {
  const file = join(import.meta.dirname, '../../../locales', language, `${namespace}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

/** The text of `key` (dotted) in `namespace`, with {{placeholders}} filled from `values`. */
export function localeText(
  language: LanguageCode,
  namespace: string,
  key: string,
  values: Record<string, string> = {},
): string {
  let node: string | Json = messages(language, namespace);
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) {
      throw new Error(`locales/${language}/${namespace}.json has no "${key}"`);
    }
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a text in ${language}`);
  return node.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => values[name] ?? whole);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One text as it reads in any of the five languages (an exact match of the whole). */
export function inAnyLanguage(namespace: string, key: string): RegExp {
  const texts = LANGUAGE_CODES.map((language) =>
    escapeRegExp(localeText(language, namespace, key)),
  );
  return new RegExp(`^(?:${texts.join('|')})$`);
}

/**
 * A text with placeholders as a pattern: each {{placeholder}} matches any text, the rest
 * matches as written (for names that end in a person's own words).
 */
export function localePattern(language: LanguageCode, namespace: string, key: string): RegExp {
  const text = localeText(language, namespace, key);
  const parts = text.split(/{{\s*\w+\s*}}/).map(escapeRegExp);
  return new RegExp(`^${parts.join('.*')}$`);
}
