import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__t = {};
    new MutationObserver(() => { if (!window.__t.content && document.querySelector('#root h1')) window.__t.content = performance.now(); }).observe(document, { subtree: true, childList: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__t[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
    addEventListener('DOMContentLoaded', () => (window.__t.dcl = performance.now()));
  });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4217/');
  await page.waitForTimeout(1500);
  const t = await page.evaluate(() => ({ ...window.__t, nav: performance.getEntriesByType('navigation')[0].responseEnd }));
  console.log(JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]))));
  await context.close();
}
await browser.close();
