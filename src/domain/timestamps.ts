// Which moments a stored record may carry (issue 12). Every timestamp (created, updated,
// completed, added, exported) is milliseconds since 1970 and must lie between
// 2000-01-01 and a day after "now": the app did not exist before 2000, and a day of
// slack allows for a device whose clock is a little ahead. A timestamp outside this
// range is refused on import; one already stored (from an older version) is shown as
// "—" and repaired by the database upgrade, never allowed to crash a screen.

export const DAY_MS = 86_400_000;
/** 2000-01-01T00:00:00Z. */
export const EARLIEST_TIMESTAMP = Date.UTC(2000, 0, 1);
/** How far ahead of this device's clock a timestamp may be. */
const CLOCK_SLACK_MS = DAY_MS;

/** The latest accepted timestamp at `now`. */
export function latestTimestamp(now: number = Date.now()): number {
  return now + CLOCK_SLACK_MS;
}

/** A whole number of milliseconds between 2000-01-01 and a day after `now`. */
export function isAcceptedTimestamp(value: unknown, now: number = Date.now()): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= EARLIEST_TIMESTAMP &&
    value <= latestTimestamp(now)
  );
}

/** True when `new Date(value)` is a real date that `Intl` and `toISOString` accept. */
export function isShowableTimestamp(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(new Date(value).getTime());
}

/** ISO 8601 text of a timestamp, or '' when there is none or it is not a date. */
export function isoTimestamp(value: number | null | undefined): string {
  return isShowableTimestamp(value) ? new Date(value).toISOString() : '';
}
