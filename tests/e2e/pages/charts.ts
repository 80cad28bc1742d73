// The drawn charts inside a scope. Chart drawings are aria-hidden and inert (each has a
// table or text beside it for screen readers), so they have no role or name to find
// them by; recharts' wrapper element is the one sign that a lazily loaded chart is drawn.
import type { Locator, Page } from '@playwright/test';

export function drawnCharts(scope: Page | Locator): Locator {
  return scope.locator('.recharts-wrapper');
}
