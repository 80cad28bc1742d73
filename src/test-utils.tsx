// Component-test helpers: the real i18n set-up (English) and a memory router.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { initI18n } from './i18n/i18n';
import type { LanguageCode } from './i18n/languages';

export async function setUpI18n(language: LanguageCode = 'en'): Promise<void> {
  await initI18n(language);
}

/** Renders `element` at `path` (matching `route`) inside a router. */
export function renderAt(element: ReactElement, route = '/', path = '/'): RenderResult {
  const routes: RouteObject[] = [{ path: route, element }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}
