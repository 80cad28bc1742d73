import { createBrowserRouter, type DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './routes';

/** The app's router; it starts loading the code of the screen it opens on at once. */
export function createAppRouter(): DataRouter {
  return createBrowserRouter(routes);
}

/** Resolves when the first screen's code (and its namespaces) have arrived. */
export function whenRouterReady(router: DataRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

export function App({ router }: { router: DataRouter }) {
  return <RouterProvider router={router} />;
}
