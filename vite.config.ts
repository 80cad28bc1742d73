/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// BUILD_DIR lets parallel test runs build into separate folders.
const outDir = process.env.BUILD_DIR ?? 'dist';

// The Content-Security-Policy of the production build: everything from our own origin,
// no inline script. Inline styles stay allowed because React and recharts set style
// attributes. The same policy is sent as a header by `vite preview` (so the browser
// tests run under it) and written into the built index.html as a <meta> tag for hosts
// that cannot set headers; frame-ancestors only works as a header.
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
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

/**
 * Third-party code grouped by library. Each group holds only packages no other library
 * uses, so a group never drags a lazily loaded library into the first route.
 */
const LIBRARY_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'react-router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
  { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
  { name: 'fake-indexeddb', test: /node_modules[\\/]fake-indexeddb[\\/]/ },
  { name: 'react-hook-form', test: /node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
  { name: 'recharts', test: /node_modules[\\/](recharts|victory-vendor|d3-[\w-]+)[\\/]/ },
  { name: 'qrcode', test: /node_modules[\\/](qrcode|dijkstrajs|pngjs)[\\/]/ },
  { name: 'papaparse', test: /node_modules[\\/]papaparse[\\/]/ },
  { name: 'workbox', test: /node_modules[\\/]workbox-[\w-]+[\\/]/ },
];

/** The npm package a module comes from, or undefined for our own code. */
function packageOf(moduleId: string): string | undefined {
  return moduleId
    .match(/node_modules[\\/]((?:@[\w.-]+[\\/])?[\w.-]+)[\\/]/)?.[1]
    ?.replace('\\', '/');
}

/**
 * File names of the chunks that are not in a LIBRARY_CHUNKS group: a locale file is
 * locale-<language>-<namespace>; a chunk made only of one library's code (zod is split by
 * rolldown between the screens that use zod/mini and those that use the classic API) is
 * named after that library; a chunk of our own code after its first module, with the
 * libraries it carries added (storage-errors+zod).
 */
function chunkFileNames(chunk: Rolldown.PreRenderedChunk): string {
  const locale = chunk.facadeModuleId?.match(/locales[\\/]([\w-]+)[\\/]([\w-]+)\.json$/);
  if (locale) return `assets/locale-${locale[1]}-${locale[2]}-[hash].js`;
  if (LIBRARY_CHUNKS.some((group) => group.name === chunk.name)) return 'assets/[name]-[hash].js';
  const packages = new Set(chunk.moduleIds.map(packageOf));
  const ownCode = packages.delete(undefined);
  const names = [...packages].map((name) => name?.replace('@', '').replace('/', '-'));
  const libraries = (
    names.length > 3 ? [...names.slice(0, 2), `${names.length - 2}-more`] : names
  ).join('+');
  if (!libraries) return 'assets/[name]-[hash].js';
  return ownCode ? `assets/[name]+${libraries}-[hash].js` : `assets/${libraries}-[hash].js`;
}

/**
 * jsPDF loads its optional HTML and SVG renderers (html2canvas, DOMPurify, canvg) with
 * import() only for doc.html() and SVG images, which our PDF code never calls. Replacing
 * those imports with a rejection keeps three unused chunks (about 370 KB) out of the build
 * and the precache, and keeps jsPDF's chunk free of dynamic imports.
 */
function jspdfWithoutOptionalRenderers(): Plugin {
  return {
    name: 'centricity-jspdf-without-optional-renderers',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]jspdf[\\/]dist[\\/]/.test(id)) return null;
      return code.replace(
        /import\(\s*(["'`])(html2canvas|dompurify|canvg)\1\s*\)/g,
        (_call, _quote, name: string) =>
          `Promise.reject(new Error(${JSON.stringify(`${name} is not part of this app`)}))`,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    jspdfWithoutOptionalRenderers(),
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
        // ttf: the PDF font (Vazirmatn, 2 × 123 KB), fetched only when a PDF is made but
        // precached so "Download PDF" works offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
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
    rolldownOptions: {
      output: {
        // Chunk names say what they hold: each library in a chunk of its own name (otherwise
        // rolldown names a shared chunk after its first module, e.g. recharts shipped as
        // "band-colors"), and each locale file as locale-<language>-<namespace>.
        codeSplitting: { groups: LIBRARY_CHUNKS },
        chunkFileNames,
      },
    },
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
    // Generous: the machine is shared by up to eight sessions on two cores. Speed is
    // measured by npm run bench, never by these caps.
    testTimeout: 20_000,
  },
});
