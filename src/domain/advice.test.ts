import { describe, expect, it } from 'vitest';
import { ADVICE, SEED_IDS, adviceForSection } from './advice';
import { ITEM_IDS, SECTION_IDS, isSectionId, sectionOf } from './instrument';

// Every locale that exists, found on disk; a new language is covered as soon as its
// advice.json is added.
const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/advice.json', {
  eager: true,
  import: 'default',
});
const locales = Object.entries(localeFiles).map(([path, texts]) => ({
  language: /locales\/([^/]+)\/advice\.json$/.exec(path)?.[1] ?? path,
  texts,
}));

function lookUp(texts: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      texts,
    );
}

describe('advice library', () => {
  it('has unique ids', () => {
    expect(new Set(ADVICE.map((item) => item.id)).size).toBe(ADVICE.length);
  });

  it.each(SECTION_IDS)('offers 4 to 8 actions for the %s section', (sectionId) => {
    const count = adviceForSection(sectionId).length;
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(8);
  });

  it.each(ADVICE.map((item) => [item.id, item] as const))(
    '%s names a section, existing statements of that section and a seed',
    (_id, item) => {
      expect(isSectionId(item.sectionId)).toBe(true);
      expect(item.statementIds.length).toBeGreaterThanOrEqual(1);
      for (const statementId of item.statementIds) {
        expect(ITEM_IDS).toContain(statementId);
        expect(sectionOf(statementId)).toBe(item.sectionId);
      }
      expect(SEED_IDS).toContain(item.seed);
    },
  );

  it('has English texts, at least', () => {
    expect(locales.map((locale) => locale.language)).toContain('en');
  });

  it.each(locales.map((locale) => [locale.language, locale.texts] as const))(
    'every action has a title and a why in %s',
    (_language, texts) => {
      const missing = ADVICE.flatMap((item) =>
        ['title', 'why']
          .map((field) => `${item.id}.${field}`)
          .filter((key) => {
            const text = lookUp(texts, key);
            return typeof text !== 'string' || text.trim() === '';
          }),
      );
      expect(missing).toEqual([]);
    },
  );
});
