// @vitest-environment node
// The README's header advice is what `vite preview` actually sends (the browser tests
// run under those headers), so a host configured from the README gets the same
// protection the tests checked: CSP with frame-ancestors, X-Frame-Options, Referrer- and
// Permissions-Policy (issue 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vite.config';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const headers = (config as { preview?: { headers?: Record<string, string> } }).preview?.headers;

describe('deployment headers', () => {
  it('the preview server sends the full header set', () => {
    expect(headers?.['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers?.['X-Frame-Options']).toBe('DENY');
    expect(headers?.['Referrer-Policy']).toBe('no-referrer');
    expect(headers?.['Permissions-Policy']).toMatch(/^camera=\(self\)(, [a-z-]+=\(\))+$/);
  });

  it.each(Object.entries(headers ?? {}))('the README gives %s exactly as sent', (name, value) => {
    expect(readme).toContain(`\n${name}: ${value}\n`);
  });
});
