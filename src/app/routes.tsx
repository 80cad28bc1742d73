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
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
