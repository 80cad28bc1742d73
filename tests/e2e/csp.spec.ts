// The production build runs under its Content-Security-Policy without a single
// violation, and a full run requests nothing from any other origin (SPEC §8).
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { ResultsPage } from './pages/results-page';
import { SurveyPage } from './pages/survey-page';
import { documentHead } from './support/document-head';

test('a full run makes only same-origin requests and breaks no CSP rule', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  // The context sees the pages' and the service worker's requests alike.
  context.on('request', (request) => requests.push(request.url()));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const reportedViolations = () =>
    page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  // Scripts from our origin only; 'wasm-unsafe-eval' lets the QR reader compile its
  // WebAssembly (issue 11) and allows no eval or inline script.
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(header).toContain("frame-ancestors 'none'");
  const head = await documentHead(page);
  expect(head.cspMeta).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(head.manifestLinks).toBe(1);
  // No inline script anywhere in the shell.
  expect(head.inlineScripts).toBe(0);

  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Policy Test', respondent: 'Ana', context: 'CSP' });
  for (let step = 1; step <= 7; step++) {
    await survey.answerStep(step, (id) => (id.endsWith('.1') ? 2 : 3));
    if (step < 7) await survey.next();
  }
  await survey.seeResults();
  const results = new ResultsPage(page);
  await expect(results.total).toBeVisible();
  const resultsPath = new URL(page.url()).pathname;
  await expect(results.charts).toHaveCount(2);
  expect(await reportedViolations()).toEqual([]);

  // Every other screen, and a right-to-left language.
  const shell = new AppShell(page);
  for (const path of ['/history', '/workshops', '/settings', '/about', '/compare', '/trend']) {
    // Wait until the screen's chunks have loaded.
    await shell.open(path);
    expect(await reportedViolations(), path).toEqual([]);
  }
  await shell.chooseLanguage('fa');
  await page.goto(resultsPath);
  await expect(results.charts).toHaveCount(2);
  expect(await reportedViolations()).toEqual([]);

  // The manifest and icons load under the policy too.
  const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
  expect(manifest).toMatchObject({
    start_url: '/',
    display: 'standalone',
    short_name: 'Centricity',
  });
  const purposes = (manifest.icons as { purpose: string; sizes: string }[]).map(
    (icon) => `${icon.sizes} ${icon.purpose}`,
  );
  expect(purposes).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );

  expect(violations).toEqual([]);
  expect(requests.length).toBeGreaterThan(10);
  const foreign = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
});
