// The entry. The page is already showing the screen the build prerendered (the boot
// script picked it before the first paint); the app's code, fetched in parallel through
// <link rel="modulepreload"> (vite.config.ts), runs only after that first paint, so a
// slow phone paints first and parses JavaScript second.
import './app/styles.css';
import './app/rtl.css';

/** Resolves after the next frame has been painted (at once in a hidden tab, which never paints). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState !== 'visible') {
      resolve();
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A throttled frame must not hold the app back for long.
    setTimeout(resolve, 100);
  });
}

await afterNextPaint();
await import('./app/start');
