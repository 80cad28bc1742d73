// The checker lower-cases every word it reads and turns Arabic letter forms into Persian
// ones (service-standard.ts): a listed word written any other way could never match.
import { describe, expect, it } from 'vitest';
import * as words from './service-standard-words';

const lists = Object.entries(words).map(([name, list]) => ({
  name,
  entries: list instanceof Map ? [...list.keys()] : [...list],
  isArray: Array.isArray(list),
}));

describe('the service-standard word lists', () => {
  it.each(lists)('$name is written as the checker reads text', ({ name, entries }) => {
    expect(entries.length, name).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry, `${name}: ${entry}`).toBe(entry.normalize('NFC').toLocaleLowerCase());
      expect(entry, `${name}: ${entry}`).not.toMatch(/[\u0643\u064a\u0649]/); // Arabic kaf, yeh
      expect(entry, `${name}: ${entry}`).toBe(entry.trim());
    }
  });

  // Sets and maps cannot hold an entry twice; the phrase lists are arrays.
  it.each(lists.filter((list) => list.isArray))('$name lists each phrase once', ({ entries }) => {
    expect(new Set(entries).size).toBe(entries.length);
  });
});
