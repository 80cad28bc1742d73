// The only entry point to chart components: each loads in its own chunk on first use.
import { lazy } from 'react';

export const ScoreScaleChart = lazy(() =>
  import('./score-scale-chart').then((module) => ({ default: module.ScoreScaleChart })),
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
  import('./section-spread-chart').then((module) => ({ default: module.SectionSpreadChart })),
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
