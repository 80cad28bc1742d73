// Every screen and its address. Screens other than Home load lazily in their own chunk.
import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { NotFound } from '../ui/not-found';
import { ErrorPage } from './error-page';
import { Layout } from './layout';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'a/:id',
            lazy: async () => ({
              Component: (await import('../features/survey/resume-redirect')).ResumeRedirect,
            }),
          },
          {
            path: 'a/:id/survey/:step',
            lazy: async () => ({
              Component: (await import('../features/survey/survey-page')).SurveyPage,
            }),
          },
          {
            path: 'a/:id/results',
            lazy: async () => ({
              Component: (await import('../features/results/results-page')).ResultsPage,
            }),
          },
          {
            path: 'about',
            lazy: async () => ({
              Component: (await import('../features/about/about-page')).AboutPage,
            }),
          },
          {
            path: 'a/:id/plan',
            lazy: async () => ({
              Component: (await import('../features/action-plan/action-plan-page')).ActionPlanPage,
            }),
          },
          {
            path: 'a/:id/report',
            lazy: async () => ({
              Component: (await import('../features/report/report-page')).ReportPage,
            }),
          },
          {
            path: 'a/:id/share',
            lazy: async () => ({
              Component: (await import('../features/share/share-result-page')).ShareResultPage,
            }),
          },
          {
            path: 's',
            lazy: async () => ({
              Component: (await import('../features/share/share-page')).SharePage,
            }),
          },
          {
            path: 'history',
            lazy: async () => ({
              Component: (await import('../features/history/history-page')).HistoryPage,
            }),
          },
          {
            path: 'compare',
            lazy: async () => ({
              Component: (await import('../features/history/compare-page')).ComparePage,
            }),
          },
          {
            path: 'trend',
            lazy: async () => ({
              Component: (await import('../features/history/trend-page')).TrendPage,
            }),
          },
          {
            path: 'workshops',
            lazy: async () => ({
              Component: (await import('../features/workshop/workshops-page')).WorkshopsPage,
            }),
          },
          {
            path: 'workshops/:id',
            lazy: async () => ({
              Component: (await import('../features/workshop/workshop-page')).WorkshopPage,
            }),
          },
          {
            path: 'workshops/:id/present',
            lazy: async () => ({
              Component: (await import('../features/workshop/projector-page')).ProjectorPage,
            }),
          },
          {
            path: 'policy',
            lazy: async () => ({
              Component: (await import('../features/policy/policies-page')).PoliciesPage,
            }),
          },
          {
            path: 'policy/:id/versions',
            lazy: async () => ({
              Component: (await import('../features/policy/versions-page')).VersionsPage,
            }),
          },
          {
            path: 'policy/:id/versions/:number',
            lazy: async () => ({
              Component: (await import('../features/policy/version-page')).VersionPage,
            }),
          },
          {
            path: 'policy/:id/:step?',
            lazy: async () => ({
              Component: (await import('../features/policy/policy-page')).PolicyPage,
            }),
          },
          {
            path: 'settings',
            lazy: async () => ({
              Component: (await import('../features/settings/settings-page')).SettingsPage,
            }),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
