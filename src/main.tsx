// The entry. The page is already showing the screen the build prerendered (the boot
// script picked it before the first paint); the app's code is fetched only once that
// screen has painted, so a slow phone paints first and downloads and parses JavaScript
// second (issue 16: a first visit's largest paint waits for no script).
import './app/styles.css';
import './app/rtl.css';

/** How long the app waits for a first paint the browser does not report. */
const PAINT_WAIT_MS = 1000;

/**
 * Resolves once the browser has painted the prerendered screen (its first contentful
 * paint); at once in a hidden tab, which never paints. Not a frame callback: under load a
 * frame can come before the paint, and the app's code would then compete with it.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (
      document.visibilityState !== 'visible' ||
      !PerformanceObserver.supportedEntryTypes.includes('paint') ||
      painted()
    ) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    // A screen with nothing contentful, or a browser that never reports it, waits no longer.
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, PAINT_WAIT_MS);
  });
}

await afterFirstPaint();
await import('./app/start');
