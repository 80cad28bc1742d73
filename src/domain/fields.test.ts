// The building blocks of every record schema: one rule per field on every path.
import { describe, expect, it } from 'vitest';
import {
  TIMESTAMP_ISSUE,
  lineTextSchema,
  multilineTextSchema,
  recordIdSchema,
  timestampSchema,
} from './fields';
import { EARLIEST_TIMESTAMP } from './timestamps';

describe('recordIdSchema', () => {
  it.each([
    ['5d1c0e7a-0b7e-4f1e-9c57-2c9d3f0b1a11', true],
    ['x', true],
    ['~'.repeat(100), true],
    ['', false],
    ['x'.repeat(101), false],
    ['has space', false],
    ['tab\there', false],
    ['café', false],
    ['۱۲۳', false],
  ])('%j is an id: %s', (id, valid) => {
    expect(recordIdSchema.safeParse(id).success).toBe(valid);
  });
});

describe('one-line and multi-line text', () => {
  it('cleans a line (controls and bidi overrides out, trimmed), then limits its length', () => {
    const line = lineTextSchema(5);
    expect(line.parse('  ab\u202Ec\u0007  ')).toBe('abc');
    expect(line.parse(' abcde ')).toBe('abcde');
    expect(line.safeParse('abcdef').success).toBe(false);
    // The limit applies to the cleaned text: spaces around do not count.
    expect(line.safeParse(`   ${'a'.repeat(5)}   `).success).toBe(true);
  });

  it('keeps line feeds and tabs in multi-line text', () => {
    const notes = multilineTextSchema(20);
    expect(notes.parse('first\n\tsecond\u202E')).toBe('first\n\tsecond');
    expect(notes.safeParse('x'.repeat(21)).success).toBe(false);
  });
});

describe('timestampSchema', () => {
  const now = Date.now();

  it('takes times from 2000-01-01 to a day from now', () => {
    expect(timestampSchema.safeParse(EARLIEST_TIMESTAMP).success).toBe(true);
    expect(timestampSchema.safeParse(now).success).toBe(true);
    expect(timestampSchema.safeParse(now + 12 * 3_600_000).success).toBe(true);
  });

  it('refuses what is not a number at all', () => {
    for (const value of [Number.NaN, '1700000000000', null]) {
      expect(timestampSchema.safeParse(value).success).toBe(false);
    }
  });

  it.each([EARLIEST_TIMESTAMP - 1, now + 3 * 86_400_000, 1.5e12 + 0.5])(
    'refuses %s, marking the issue and saying what a time must be',
    (value) => {
      const result = timestampSchema.safeParse(value);
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!;
      expect(issue).toMatchObject({ params: { issue: TIMESTAMP_ISSUE } });
      expect(issue.message).toBe(
        `${String(value)} is not a time between 2000-01-01T00:00:00.000Z and a day from now`,
      );
    },
  );
});
