// Build time only: vite-prerender-plugin (vite.config.ts) runs this in Node after the
// client build and puts what it returns into index.html's #root. For every language it
// renders the layout with Home, the layout with an opened share link's heading (names
// left as stand-ins), the layout with the top of each survey step (heading and
// question), and the layout with an empty main (for any other address), each into an
// inert <template>; the boot script (boot.ts) moves the one that
// matches the visit into the page before the first paint. The markup is React's own
// render of the same components, so React's first render replaces it with the same
// layout (no shift). This module and react-dom/server never reach the browser: the build
// drops them from the bundle after prerendering.
import type { ReactElement } from 'react';
// The edge build: the browser one opens a MessageChannel that would keep the build running.
import { renderToString } from 'react-dom/server.edge';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { SHARE_PATH } from '../domain/share-code';
import { HomePage } from '../features/home/home-page';
import { SharedResultTitle } from '../features/share/shared-result-title';
import { SurveyStepHeading } from '../features/survey/survey-step-heading';
import { SECTIONS } from '../domain/instrument';
import { changeLanguage, currentLanguage, initI18n } from '../i18n/i18n';
import { LANGUAGE_CODES } from '../i18n/languages';
import { Layout } from './layout';
import {
  NAME_STAND_INS,
  PRERENDERED_SCREENS,
  SHARE_TITLE_ATTRIBUTE,
  SURVEY_STEP_ATTRIBUTE,
  variantName,
  type PrerenderedScreen,
} from './prerendered-variant';
import { firstRenderNamespaces } from './routes';

const SCREENS: Record<PrerenderedScreen, { path: string; routes: RouteObject[] }> = {
  home: {
    path: '/',
    routes: [{ element: <Layout />, children: [{ index: true, element: <HomePage /> }] }],
  },
  layout: {
    path: '/elsewhere',
    routes: [{ element: <Layout />, children: [{ path: '*', element: null }] }],
  },
  share: {
    path: SHARE_PATH,
    routes: [{ element: <Layout />, children: [{ path: '*', element: <SharedTitles /> }] }],
  },
  survey: {
    path: '/elsewhere',
    routes: [{ element: <Layout />, children: [{ path: '*', element: <SurveyStepTops /> }] }],
  },
};

/**
 * An opened share link's heading with no name, one and two (stand-ins that the boot
 * script replaces), as SharePage's first render shows it, each in a wrapper saying how
 * many names it holds. The boot script keeps one and removes the wrappers.
 */
function SharedTitles() {
  return (
    <div className="page">
      {[0, 1, 2].map((count) => (
        <div key={count} {...{ [SHARE_TITLE_ATTRIBUTE]: count }}>
          <SharedResultTitle names={NAME_STAND_INS.slice(0, count)} />
        </div>
      ))}
    </div>
  );
}

/**
 * The top of every survey step (step, heading, question) as SurveyPage shows it while the
 * audit is read, each in a wrapper naming its step. The boot script keeps one.
 */
function SurveyStepTops() {
  return SECTIONS.map((section, index) => (
    <div key={section.id} {...{ [SURVEY_STEP_ATTRIBUTE]: index + 1 }}>
      <div className="page survey">
        <SurveyStepHeading step={index + 1} section={section} />
      </div>
    </div>
  ));
}

function render(screen: PrerenderedScreen): string {
  const { path, routes } = SCREENS[screen];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const app: ReactElement = <RouterProvider router={router} />;
  return renderToString(app);
}

export async function prerender(): Promise<{ html: string }> {
  // Every language's text first, so the renders below can run back to back: React.lazy
  // parts (the new-assessment form, the lists, the update prompt) are then still
  // loading in every render and show their fallbacks, exactly as in React's first render
  // in the browser.
  // Home's namespaces, and the share link heading's ('share'; its screen is lazy).
  await initI18n('en', [...firstRenderNamespaces('/'), 'share']);
  for (const language of LANGUAGE_CODES) await changeLanguage(language);

  let html = '';
  for (const language of LANGUAGE_CODES) {
    void changeLanguage(language); // all its text is loaded: i18next switches at once
    if (currentLanguage() !== language) throw new Error(`i18next did not switch to ${language}`);
    for (const screen of PRERENDERED_SCREENS) {
      html += `<template data-prerendered="${variantName(language, screen)}">${render(screen)}</template>`;
    }
  }
  return { html };
}
