/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// BUILD_DIR lets parallel test runs build into separate folders.
const outDir = process.env.BUILD_DIR ?? 'dist';

// The Content-Security-Policy of the production build: everything from our own origin,
// no inline script. Inline styles stay allowed because React and recharts set style
// attributes. 'wasm-unsafe-eval' lets the QR reader compile its WebAssembly (ZXing, served
// from /assets, issue 11); it allows WebAssembly only, not eval or inline script. The same policy is sent as a header by `vite preview` (so the browser
// tests run under it) and written into the built index.html as a <meta> tag for hosts
// that cannot set headers; frame-ancestors only works as a header.
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Adds the CSP <meta> to the built index.html only: the dev server needs inline scripts. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'centricity-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    // Offline-first (SPEC §8): precache the whole app (shell, every JS/CSS chunk including
    // the locale chunks, icons) so it loads with no network after the first visit. A new
    // version waits until the user accepts it (src/app/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      // public/ (icons, favicon) is covered by globPatterns below; listing it twice would
      // only duplicate precache entries.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Centricity – customer-centricity self-audit',
        short_name: 'Centricity',
        description:
          'A private, offline self-audit of how customer-centred your business is. Your answers stay on this device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f5fae',
        background_color: '#f4f6f9',
        categories: ['business', 'productivity'],
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // wasm: the QR reader (about 1.1 MB), so a trainer can scan with no network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Hashed assets that are missing must 404, not turn into the app shell.
        navigateFallbackDenylist: [/^\/assets\//],
        cleanupOutdatedCaches: true,
        // Take control of the page on the very first visit, so it works offline without a
        // reload. Updates still wait for the user (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    outDir,
    target: 'es2022',
    sourcemap: false,
    manifest: true,
  },
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
