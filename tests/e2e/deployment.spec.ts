// What a deployment of the build folder serves (issue 12): no bundle manifest with the
// app's source paths, a service worker that precaches every file once, and the full set
// of security headers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const buildDir = process.env.BUILD_DIR ?? 'dist';

test('the build folder holds no .vite manifest and is served without one', async ({ request }) => {
  expect(existsSync(join(buildDir, '.vite'))).toBe(false);
  const response = await request.get('/.vite/manifest.json');
  const body = await response.text();
  expect(body).not.toContain('src/features/');
  expect(body).not.toContain('"isEntry"');
});

test('the service worker precaches every file exactly once', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toBe(readFileSync(join(buildDir, 'sw.js'), 'utf8'));
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
  expect(urls).toContain('manifest.webmanifest');
  expect(urls).toContain('index.html');
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/settings', '/sw.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/^camera=\(self\), /);
  }
});
