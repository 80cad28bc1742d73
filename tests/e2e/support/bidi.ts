// Where a piece of machine text (a path to a field, a code) is isolated to read left to
// right inside a message in any direction: a <bdi dir="ltr"> around a <code>. The markup
// is the point here (an isolate with a fixed direction), and no role or name carries it,
// so this one stays a CSS selector.
import type { Locator } from '@playwright/test';

export function leftToRightCode(scope: Locator): Locator {
  return scope.locator('bdi[dir="ltr"] > code');
}
