import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  EARLIEST_TIMESTAMP,
  isAcceptedTimestamp,
  isShowableTimestamp,
  isoTimestamp,
  latestTimestamp,
} from './timestamps';

const NOW = Date.UTC(2026, 5, 15, 12);
/** The largest time a Date can hold: 100,000,000 days after 1970. */
const MAX_DATE = 8.64e15;

describe('isAcceptedTimestamp', () => {
  it.each([
    [EARLIEST_TIMESTAMP, true],
    [EARLIEST_TIMESTAMP - 1, false],
    [NOW, true],
    [NOW + DAY_MS, true],
    [NOW + DAY_MS + 1, false],
    [0, false],
    [-1, false],
    [MAX_DATE, false],
    [MAX_DATE + 1, false],
    [Number.MAX_SAFE_INTEGER, false],
    [NOW + 0.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['1700000000000', false],
    [null, false],
  ])('%s → %s', (value, accepted) => {
    expect(isAcceptedTimestamp(value, NOW)).toBe(accepted);
  });

  it('starts on 2000-01-01 and ends a day after now', () => {
    expect(new Date(EARLIEST_TIMESTAMP).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(latestTimestamp(NOW) - NOW).toBe(DAY_MS);
  });
});

describe('showing a timestamp', () => {
  it.each([
    [NOW, true, '2026-06-15T12:00:00.000Z'],
    [MAX_DATE, true, '+275760-09-13T00:00:00.000Z'],
    [MAX_DATE + 1, false, ''],
    [Number.MAX_SAFE_INTEGER, false, ''],
    [Number.NaN, false, ''],
    [null, false, ''],
    [undefined, false, ''],
  ])('%s: showable %s, ISO %j, never throws', (value, showable, iso) => {
    expect(isShowableTimestamp(value)).toBe(showable);
    expect(isoTimestamp(value)).toBe(iso);
  });
});
