/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';

// BUILD_DIR lets parallel test runs build into separate folders.
const outDir = process.env.BUILD_DIR ?? 'dist';

// The Content-Security-Policy of the production build: everything from our own origin,
// no inline script. Inline styles stay allowed because React and recharts set style
// attributes. 'wasm-unsafe-eval' lets the QR reader compile its WebAssembly (ZXing, served
// from /assets, issue 11); it allows WebAssembly only, not eval or inline script. The same
// policy is sent as a header by `vite preview` (so the browser tests run under it) and
// written into the built index.html as a <meta> tag for hosts that cannot set headers;
// frame-ancestors only works as a header.
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
// Powerful features: only the camera, and only for this origin (scanning results).
const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'midi=()',
  'display-capture=()',
].join(', ');

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

// First paint (see src/app/prerender.tsx and src/app/boot.ts): the build renders the
// first screen into index.html, and a tiny classic script picks the visitor's language.
const PRERENDER_SCRIPT = resolve(import.meta.dirname, 'src/app/prerender.tsx');
const BOOT_SCRIPT = resolve(import.meta.dirname, 'src/app/boot.ts');

/**
 * Builds src/app/boot.ts on its own as one classic script (no imports, so it can run
 * before the first paint without type="module") and loads it right after #root.
 */
function bootScript(): Plugin {
  let fileName = '';
  let code = '';
  return {
    name: 'centricity-boot-script',
    apply: 'build',
    async buildStart() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2022',
          lib: { entry: BOOT_SCRIPT, formats: ['iife'], name: 'centricityBoot' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs.flatMap((output) => output.output).find((out) => out.type === 'chunk');
      if (!chunk) throw new Error('The boot script did not build');
      code = chunk.code;
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      fileName = `assets/boot-${hash}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // Requested first, as the first paint waits for it.
        {
          tag: 'link',
          attrs: { rel: 'preload', as: 'script', href: `/${fileName}` },
          injectTo: 'head-prepend',
        },
        { tag: 'script', attrs: { src: `/${fileName}` }, injectTo: 'body' },
      ],
    },
  };
}

/**
 * vite-prerender-plugin builds the prerender module as a second entry of the client
 * build and runs it; afterwards nothing the app itself does not load (that module,
 * react-dom/server) may be written out or precached.
 */
function dropPrerenderChunks(): Plugin {
  return {
    name: 'centricity-drop-prerender-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (output): output is Rolldown.OutputChunk => output.type === 'chunk',
      );
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const used = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = byName.get(fileName);
        if (!chunk || used.has(fileName)) return;
        used.add(fileName);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
      };
      for (const chunk of chunks) {
        if (chunk.isEntry && chunk.facadeModuleId !== PRERENDER_SCRIPT) visit(chunk.fileName);
      }
      for (const chunk of chunks) {
        if (!used.has(chunk.fileName)) delete bundle[chunk.fileName];
      }
    },
  };
}

/**
 * Where the bundle manifest of a build in `dir` is written: beside the build, never in
 * it, so a deployment of the build folder does not publish the app's source paths.
 * scripts/bundle-report.mjs reads it (the same rule is written there).
 */
const bundleManifestPath = (dir: string) => `${resolve(dir)}.manifest.json`;

/**
 * The chunks of the build as Vite's own manifest describes them (key = source path, or
 * `_file` for a shared chunk; file, isEntry, imports as keys, css), for the budget check
 * and the benchmark, written by bundleManifestPath instead of into dist/.vite.
 */
function bundleManifest(): Plugin {
  let root = process.cwd();
  let manifest: Record<string, object> = {};
  return {
    name: 'centricity-bundle-manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // After Vite's own generateBundle handlers (pure-CSS chunks are folded away there).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk',
        );
        const keyOf = new Map(
          chunks.map((chunk) => [
            chunk.fileName,
            chunk.facadeModuleId && !chunk.facadeModuleId.startsWith('\0')
              ? relative(root, chunk.facadeModuleId).replaceAll('\\', '/')
              : `_${chunk.fileName.replace(/^.*\//, '')}`,
          ]),
        );
        manifest = Object.fromEntries(
          chunks.map((chunk) => [
            keyOf.get(chunk.fileName)!,
            {
              file: chunk.fileName,
              ...(chunk.isEntry ? { isEntry: true } : {}),
              imports: chunk.imports.flatMap((file) => keyOf.get(file) ?? []),
              css: [...(chunk.viteMetadata?.importedCss ?? [])],
            },
          ]),
        );
      },
    },
    writeBundle(options) {
      writeFileSync(bundleManifestPath(options.dir ?? outDir), JSON.stringify(manifest, null, 2));
    },
  };
}

/**
 * Third-party code grouped by library. Each group holds only packages no other library
 * uses, so a group never drags a lazily loaded library into the first route.
 */
const LIBRARY_CHUNKS = [
  // Not react-dom's server renderer: only the build-time prerender uses it, and in this
  // group it would ship to every browser in the first route.
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler)[\\/](?!server|cjs[\\/]react-dom-server)/,
  },
  { name: 'react-router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
  { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
  { name: 'fake-indexeddb', test: /node_modules[\\/]fake-indexeddb[\\/]/ },
  { name: 'react-hook-form', test: /node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
  // Shared by recharts (through react-redux) and TanStack Table's store: in its own chunk,
  // or the recharts group takes it in and the workshop page loads all of recharts for it.
  { name: 'use-sync-external-store', test: /node_modules[\\/]use-sync-external-store[\\/]/ },
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
 * rolldown between the screens that use it) is
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
 * Our own modules that the first route needs (src/app/start.tsx, which src/main.tsx
 * imports after the first paint, and its static imports), as one chunk: left to itself
 * rolldown gives every module that a lazy screen shares with the first route a chunk of
 * its own, and a first visit then waits for a dozen small files. The libraries keep their
 * own LIBRARY_CHUNKS groups.
 */
const START_MODULE = resolve(import.meta.dirname, 'src/app/start.tsx');
const staticImports = new Map<string, readonly string[]>();
let firstRouteModules: Set<string> | undefined;

function inFirstRoute(id: string): boolean {
  if (!firstRouteModules) {
    const found = new Set<string>();
    const visit = (moduleId: string) => {
      if (found.has(moduleId)) return;
      found.add(moduleId);
      for (const next of staticImports.get(moduleId) ?? []) visit(next);
    };
    visit(START_MODULE);
    firstRouteModules = found;
  }
  // The start module stays in its own chunk: it starts the app, and the build-time
  // prerender imports the same modules without starting it. Vite's own helpers (virtual
  // modules such as the preload helper, which the entry needs before the first paint) stay
  // out: in this chunk they would make the entry load the whole first route at once.
  return (
    firstRouteModules.has(id) &&
    id !== START_MODULE &&
    !id.startsWith('\0') &&
    !id.includes('node_modules')
  );
}

/**
 * Records the module graph for inFirstRoute. The first route's chunks are not preloaded
 * from index.html: src/main.tsx imports them once the prerendered screen has painted
 * (Vite's preload helper then fetches them in parallel), so nothing competes with the
 * HTML and CSS of a first visit, and its first paint never waits for script.
 */
function firstRoute(): Plugin {
  return {
    name: 'centricity-first-route',
    apply: 'build',
    buildStart() {
      staticImports.clear();
      firstRouteModules = undefined;
    },
    moduleParsed(info) {
      staticImports.set(info.id, info.importedIds);
    },
  };
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
    // Listed before the CSP plugin so that the policy ends up first in <head>, ahead of
    // the boot script's preload.
    bootScript(),
    contentSecurityPolicyMeta(),
    vitePrerenderPlugin({ renderTarget: '#root', prerenderScript: PRERENDER_SCRIPT }),
    dropPrerenderChunks(),
    firstRoute(),
    bundleManifest(),
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
        // The web manifest is added by the plugin itself; globbing it too listed it twice.
        // ttf: the PDF font (Vazirmatn, 2 × 123 KB), fetched only when a PDF is made but
        // precached so "Download PDF" works offline too. wasm: the QR reader (about 1.1 MB),
        // fetched only when scanning starts, precached so a trainer can scan with no network.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,wasm}'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Hashed assets that are missing must 404, not turn into the app shell.
        navigateFallbackDenylist: [/^\/assets\//],
        cleanupOutdatedCaches: true,
        // The prerender plugin turns build sourcemaps on for its own error messages and
        // drops them afterwards; the service worker must not ship one either.
        sourcemap: false,
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
    // No .vite/manifest.json in the build: it would be deployed with the app's source
    // paths. bundleManifest() writes what the budget check needs beside the build.
    manifest: false,
    rolldownOptions: {
      output: {
        // Chunk names say what they hold: each library in a chunk of its own name (otherwise
        // rolldown names a shared chunk after its first module, e.g. recharts shipped as
        // "band-colors"), and each locale file as locale-<language>-<namespace>.
        codeSplitting: {
          groups: [
            ...LIBRARY_CHUNKS,
            // Vite's preload helper, which the entry needs before the first paint, on its
            // own: merged into another chunk it would make the entry load that chunk too.
            { name: 'vite-preload', test: /^\0vite[\\/]preload-helper/ },
            { name: 'first-route', test: inFirstRoute },
          ],
        },
        chunkFileNames,
      },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': PERMISSIONS_POLICY,
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
