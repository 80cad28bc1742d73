// The drawn charts inside a scope. Chart drawings are aria-hidden and inert (each has a
// table or text beside it for screen readers), so they have no role or name to find
// them by; their drawing's root element is the one sign that a lazily loaded chart is
// drawn: recharts' wrapper, or the total's scale (drawn with HTML, issue 16).
import type { Locator, Page } from '@playwright/test';

/**
 * A drawn chart's root element (a recharts wrapper counts once its SVG is in), for
 * locators and for checks run inside the page.
 */
export const DRAWN_CHART = '.recharts-wrapper:has(.recharts-surface), .score-scale';

export function drawnCharts(scope: Page | Locator): Locator {
  return scope.locator(DRAWN_CHART);
}

// The parts of a drawn chart that tests measure. They are inside the aria-hidden drawing
// (its text equivalent is the table beside it), so the drawings' own class names are the
// only way to reach them.

/** The numbers along a chart's axes (e.g. 7, 14, 21, 28, 35 on the total's scale). */
export function axisTicks(chart: Locator): Locator {
  return chart.locator('.recharts-cartesian-axis-tick-value, .score-scale__tick');
}

/** The values written on a chart's bars (the total on the 7–35 bar). */
export function barLabels(chart: Locator): Locator {
  return chart.locator('.recharts-label-list text, .score-scale__total');
}

/** The chart's drawing surface (its whole SVG, or the scale's plot). */
export function chartSurface(chart: Locator): Locator {
  return chart.locator('svg, .score-scale__plot').first();
}

/** The legend of the charts inside `scope`. */
export function chartLegends(scope: Page | Locator): Locator {
  return scope.locator('.recharts-legend-wrapper');
}
