// The product's own texts, read from the locale files at test time, so a page object can
// find a control by its accessible name in any of the five languages and a test follows
// the translations instead of copying them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageCode } from '../../../src/i18n/languages';

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

/** Every text of a namespace, trimmed. */
export function localeTexts(language: LanguageCode, namespace: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: string | Json) => {
    if (typeof node === 'string') found.add(node.trim());
    else for (const child of Object.values(node)) walk(child);
  };
  walk(messages(language, namespace));
  return found;
}
