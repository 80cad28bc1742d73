// One term per concept per language (issue 15): locales/glossary.json names the word each
// language uses for a concept and the variants it must not use; every locale file is
// checked against it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';

type Term = { use: string; reject: string[] };
type Concept = { meaning: string; keys: string[] } & Record<string, Term | string | string[]>;
const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8')) as {
  concepts: Record<string, Concept>;
};

type Strings = Map<string, string>;
function flatten(value: unknown, path: string, into: Strings): void {
  if (typeof value === 'string') into.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      flatten(child, path ? `${path}.${key}` : key, into);
}

/** Every string of a language, keyed "namespace:path". */
function localeStrings(language: string): Strings {
  const strings: Strings = new Map();
  for (const file of readdirSync(join('locales', language))) {
    const namespace = file.replace(/\.json$/, '');
    flatten(JSON.parse(readFileSync(join('locales', language, file), 'utf8')), '', strings);
    for (const [key, value] of [...strings]) {
      if (!key.includes(':')) {
        strings.delete(key);
        strings.set(`${namespace}:${key}`, value);
      }
    }
  }
  return strings;
}

/** Text as compared: lower case, without {{placeholders}}, NFC. */
const plain = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .normalize('NFC')
    .toLocaleLowerCase();

/** A word or phrase as a whole word (letters on neither side). */
const wholeWord = (word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`,
    'u',
  );

const languages = [...LANGUAGE_CODES];
const concepts = Object.entries(glossary.concepts);

describe('glossary', () => {
  it('covers every language for every concept', () => {
    for (const [name, concept] of concepts) {
      for (const language of languages)
        expect(concept[language], `${name}/${language}`).toBeDefined();
    }
  });

  describe.each(languages)('%s', (language) => {
    const strings = localeStrings(language);
    it.each(concepts)('%s: the listed keys use the chosen term', (_name, concept) => {
      const term = concept[language] as Term;
      for (const key of concept.keys) {
        const value = strings.get(key);
        expect(value, `${language} ${key}`).toBeDefined();
        // The term may be a stem (e.g. Slovak "pásm" for pásmo, pásma, pásiem…).
        expect(plain(value!), `${language} ${key} should say "${term.use}"`).toContain(
          plain(term.use),
        );
      }
    });

    it.each(concepts)('%s: no string uses a rejected variant', (_name, concept) => {
      const term = concept[language] as Term;
      const offending = [...strings].filter(([, value]) =>
        term.reject.some((variant) => wholeWord(plain(variant)).test(plain(value))),
      );
      expect(offending.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
    });
  });
});
