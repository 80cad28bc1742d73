// The only entry point to chart components: each loads in its own chunk on first use, or
// earlier when a screen asks for it with preloadCharts.
import { lazy } from 'react';

const load = {
  scoreScale: () => import('./score-scale-chart'),
  sectionSpread: () => import('./section-spread-chart'),
};

/**
 * Starts loading charts' code at once, so a screen that reads its data first (a workshop
 * of 10,000 participants) fetches and compiles the charts meanwhile and draws them as soon
 * as the data is there. A failed preload is ignored: the chart's own load reports it.
 */
export function preloadCharts(...charts: (keyof typeof load)[]): void {
  for (const chart of charts) load[chart]().catch(() => undefined);
}

export const ScoreScaleChart = lazy(() =>
  load.scoreScale().then((module) => ({ default: module.ScoreScaleChart })),
);

export const SectionRadarChart = lazy(() =>
  import('./section-radar-chart').then((module) => ({ default: module.SectionRadarChart })),
);

export const TotalTrendChart = lazy(() =>
  import('./trend-charts').then((module) => ({ default: module.TotalTrendChart })),
);

export const SectionTrendChart = lazy(() =>
  import('./trend-charts').then((module) => ({ default: module.SectionTrendChart })),
);

export const SectionSpreadChart = lazy(() =>
  load.sectionSpread().then((module) => ({ default: module.SectionSpreadChart })),
);

export const ComplaintsPerPeriodChart = lazy(() =>
  import('./complaint-charts').then((module) => ({ default: module.ComplaintsPerPeriodChart })),
);

export const CategoryChart = lazy(() =>
  import('./complaint-charts').then((module) => ({ default: module.CategoryChart })),
);

export const SurveyMeasureChart = lazy(() =>
  import('./complaint-charts').then((module) => ({ default: module.SurveyMeasureChart })),
);
