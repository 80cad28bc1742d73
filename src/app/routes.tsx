// Every screen and its address. Screens other than Home load lazily in their own chunk,
// together with the translation namespaces they use (and no others: a first visit to a
// shared link should not wait for the advice library). tests/unit/route-namespaces.test.ts
// reads this file and checks each screen's list against the code it imports.
// Two screens own the whole screen, without the app's header: the projector's slides and
// the result code a participant holds up to the trainer's camera.
import type { ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { loadNamespaces } from '../i18n/i18n';
import type { Namespace } from '../i18n/languages';
import { NotFound } from '../ui/not-found';
import { ErrorPage } from './error-page';
import { Layout } from './layout';

/** The layout's own text (header, storage banners, update prompt). */
const LAYOUT_NAMESPACES: readonly Namespace[] = ['common', 'storage'];
/** Home is not lazy: when it is the first screen its namespaces load with the layout's. */
const HOME_NAMESPACES: readonly Namespace[] = ['common', 'instrument', 'plan'];

type Handle = { namespaces: readonly Namespace[] };

/** A lazily loaded screen: its code and its namespaces, fetched at the same time. */
function screen<Module extends Record<Name, ComponentType>, Name extends keyof Module & string>(
  namespaces: readonly Namespace[],
  load: () => Promise<Module>,
  name: Name,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: module[name] };
  };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          {
            index: true,
            element: <HomePage />,
            handle: { namespaces: HOME_NAMESPACES } satisfies Handle,
          },
          {
            path: 'a/:id',
            lazy: screen(
              ['common'],
              () => import('../features/survey/resume-redirect'),
              'ResumeRedirect',
            ),
          },
          {
            path: 'a/:id/survey/:step',
            lazy: screen(
              ['common', 'instrument', 'storage', 'complaints'],
              () => import('../features/survey/survey-page'),
              'SurveyPage',
            ),
          },
          {
            path: 'a/:id/results',
            lazy: screen(
              ['common', 'instrument', 'advice', 'plan', 'report'],
              () => import('../features/results/results-page'),
              'ResultsPage',
            ),
          },
          {
            path: 'about',
            lazy: screen(
              ['common', 'instrument'],
              () => import('../features/about/about-page'),
              'AboutPage',
            ),
          },
          {
            path: 'a/:id/plan',
            lazy: screen(
              ['common', 'instrument', 'advice', 'plan'],
              () => import('../features/action-plan/action-plan-page'),
              'ActionPlanPage',
            ),
          },
          {
            path: 'a/:id/report',
            lazy: screen(
              ['common', 'instrument', 'advice', 'plan', 'report', 'complaints'],
              () => import('../features/report/report-page'),
              'ReportPage',
            ),
          },
          {
            path: 'a/:id/share',
            lazy: screen(
              ['common', 'share'],
              () => import('../features/share/share-result-page'),
              'ShareResultPage',
            ),
          },
          {
            path: 's',
            // workshop: the conflict card (ui/participant-conflicts) when a link's result
            // is already in the chosen workshop with other answers.
            lazy: screen(
              ['common', 'instrument', 'share', 'workshop'],
              () => import('../features/share/share-page'),
              'SharePage',
            ),
          },
          {
            path: 'history',
            lazy: screen(
              ['common', 'instrument', 'history'],
              () => import('../features/history/history-page'),
              'HistoryPage',
            ),
          },
          {
            path: 'compare',
            lazy: screen(
              ['common', 'instrument', 'history'],
              () => import('../features/history/compare-page'),
              'ComparePage',
            ),
          },
          {
            path: 'trend',
            lazy: screen(
              ['common', 'instrument', 'history'],
              () => import('../features/history/trend-page'),
              'TrendPage',
            ),
          },
          {
            path: 'workshops',
            lazy: screen(
              ['common', 'workshop', 'data'],
              () => import('../features/workshop/workshops-page'),
              'WorkshopsPage',
            ),
          },
          {
            path: 'workshops/:id',
            lazy: screen(
              ['common', 'instrument', 'workshop', 'data', 'policy'],
              () => import('../features/workshop/workshop-page'),
              'WorkshopPage',
            ),
          },
          {
            path: 'j',
            lazy: screen(
              ['common', 'instrument', 'share'],
              () => import('../features/share/join-page'),
              'JoinPage',
            ),
          },
          {
            path: 'policy',
            lazy: screen(
              ['common', 'instrument', 'policy'],
              () => import('../features/policy/policies-page'),
              'PoliciesPage',
            ),
          },
          {
            path: 'policy/:id/versions',
            lazy: screen(
              ['common', 'instrument', 'policy'],
              () => import('../features/policy/versions-page'),
              'VersionsPage',
            ),
          },
          {
            path: 'policy/:id/versions/:number',
            lazy: screen(
              ['common', 'instrument', 'policy'],
              () => import('../features/policy/version-page'),
              'VersionPage',
            ),
          },
          {
            path: 'policy/:id/:step?',
            lazy: screen(
              // complaints: the log's category names, quoted as evidence.
              ['common', 'instrument', 'policy', 'complaints'],
              () => import('../features/policy/policy-page'),
              'PolicyPage',
            ),
          },
          {
            path: 'complaints',
            lazy: screen(
              ['common', 'complaints'],
              () => import('../features/complaints/log-page'),
              'LogPage',
            ),
          },
          {
            path: 'complaints/figures',
            lazy: screen(
              ['common', 'complaints'],
              () => import('../features/complaints/figures-page'),
              'FiguresPage',
            ),
          },
          {
            path: 'complaints/surveys',
            lazy: screen(
              ['common', 'complaints'],
              () => import('../features/complaints/surveys-page'),
              'SurveysPage',
            ),
          },
          {
            path: 'complaints/problems',
            lazy: screen(
              ['common', 'instrument', 'complaints'],
              () => import('../features/complaints/problems-page'),
              'ProblemsPage',
            ),
          },
          {
            path: 'complaints/:id',
            lazy: screen(
              ['common', 'complaints'],
              () => import('../features/complaints/complaint-page'),
              'ComplaintPage',
            ),
          },
          {
            path: 'settings',
            lazy: screen(
              ['common', 'data', 'storage'],
              () => import('../features/settings/settings-page'),
              'SettingsPage',
            ),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  {
    errorElement: <ErrorPage />,
    children: [
      {
        path: 'workshops/:id/present',
        lazy: screen(
          ['common', 'instrument', 'workshop', 'policy'],
          () => import('../features/workshop/projector-page'),
          'ProjectorPage',
        ),
      },
      {
        path: 'a/:id/show',
        lazy: screen(
          ['common', 'share'],
          () => import('../features/share/show-result-page'),
          'ShowResultPage',
        ),
      },
    ],
  },
];

/**
 * The namespaces the first render needs at `pathname`: the layout's and those of a
 * screen that is not lazy (lazy screens load their own before they render).
 */
export function firstRenderNamespaces(pathname: string): Namespace[] {
  const handles = (matchRoutes(routes, pathname) ?? []).map(
    (match) => match.route.handle as Partial<Handle> | undefined,
  );
  return [
    ...new Set([...LAYOUT_NAMESPACES, ...handles.flatMap((handle) => handle?.namespaces ?? [])]),
  ];
}
