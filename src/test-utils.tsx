// Component-test helpers: the real i18n set-up (English) and a memory router.
import {
  CalendarDate,
  GregorianCalendar,
  PersianCalendar,
  parseDate,
  toCalendar,
} from '@internationalized/date';
import { render, screen, type RenderResult } from '@testing-library/react';
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

/**
 * Picks an ISO date in the DateField whose legend is `legend`, in whatever calendar the
 * field shows (Solar Hijri in Persian): year, then month, then day.
 */
export async function pickDate(
  user: { selectOptions: (element: Element, values: string) => Promise<void> },
  legend: string | RegExp | HTMLElement,
  iso: string,
): Promise<void> {
  const group =
    legend instanceof HTMLElement ? legend : screen.getByRole('group', { name: legend });
  const calendar =
    group.getAttribute('data-calendar') === 'persian'
      ? new PersianCalendar()
      : new GregorianCalendar();
  const date = toCalendar(parseDate(iso), calendar);
  for (const [segment, value] of [
    ['year', date.year],
    ['month', date.month],
    ['day', date.day],
  ] as const) {
    const select = group.querySelector(`select[data-segment="${segment}"]`);
    if (!select) throw new Error(`No ${segment} list in the date field ${String(legend)}`);
    await user.selectOptions(select, String(value));
  }
}

/** The ISO date a DateField shows, read back from its lists. */
export function shownDate(legend: string | RegExp): string {
  const group = screen.getByRole('group', { name: legend });
  const value = (segment: string) =>
    Number(group.querySelector<HTMLSelectElement>(`select[data-segment="${segment}"]`)?.value);
  const calendar =
    group.getAttribute('data-calendar') === 'persian'
      ? new PersianCalendar()
      : new GregorianCalendar();
  return toCalendar(
    new CalendarDate(calendar, value('year'), value('month'), value('day')),
    new GregorianCalendar(),
  ).toString();
}
