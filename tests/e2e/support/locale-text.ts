// The app's own words, read from the locale files, so a page object finds a control by
// its accessible name in whichever language the test runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode, type Namespace } from '../../../src/i18n/languages';

type Messages = { [key: string]: string | Messages };

const loaded = new Map<string, Messages>();

function messages(language: LanguageCode, namespace: Namespace): Messages {
  const file = join(import.meta.dirname, '../../../locales', language, `${namespace}.json`);
  let found = loaded.get(file);
  if (!found) {
    found = JSON.parse(readFileSync(file, 'utf8')) as Messages;
    loaded.set(file, found);
  }
  return found;
}

export type Translate = (key: string, values?: Record<string, string>) => string;

/** The message for a dotted key of one namespace, with {{placeholders}} filled in. */
export function localeText(language: LanguageCode, namespace: Namespace): Translate {
  const all = messages(language, namespace);
  return (key, values = {}) => {
    let node: string | Messages = all;
    for (const part of key.split('.')) {
      if (typeof node === 'string' || !(part in node))
        throw new Error(`${language}/${namespace}: no ${key}`);
      node = node[part]!;
    }
    if (typeof node !== 'string') throw new Error(`${language}/${namespace}: ${key} is not a text`);
    return node.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One message as it reads in any of the five languages (an exact match of the whole). */
export function inAnyLanguage(namespace: Namespace, key: string): RegExp {
  const texts = LANGUAGE_CODES.map((language) => escaped(localeText(language, namespace)(key)));
  return new RegExp(`^(?:${texts.join('|')})$`);
}

/**
 * A message with placeholders as a pattern: each {{placeholder}} matches any text, the
 * rest matches as written (for names that end in a user's words).
 */
export function messagePattern(t: Translate, key: string, names: readonly string[]): RegExp {
  const marks = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`]));
  const pattern = escaped(t(key, marks)).replace(/\uE000\d+\uE001/g, '.*');
  return new RegExp(`^${pattern}$`);
}

/** Every text of one namespace, trimmed (e.g. to tell which texts only English has). */
export function localeTexts(language: LanguageCode, namespace: Namespace): Set<string> {
  const found = new Set<string>();
  const walk = (node: string | Messages) => {
    if (typeof node === 'string') found.add(node.trim());
    else for (const child of Object.values(node)) walk(child);
  };
  walk(messages(language, namespace));
  return found;
}
