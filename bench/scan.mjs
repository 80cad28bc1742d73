// Scan latency (issue 11, SPEC §9 "a scanned QR code becomes a stored participant in
// under a second"): Chromium's fake camera plays 20 participants' result codes, each
// after an empty picture; the trainer's workshop page scans them. For each code, the time
// from the first camera frame that shows it to the moment the app has stored the
// participant (its `centricity:participant-stored` performance mark, set after the
// IndexedDB write resolved), both measured inside the page on the same clock.
// The video is written with the tests' generator (tests/e2e/support/fake-camera.ts) from
// codes made by the app's own encoder, both loaded through Vite's module runner.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { CHROME_PATH, percentile } from './seed.mjs';

const FPS = 10;
const WIDTH = 480;
const HEIGHT = 360;

/** Runs in the page: notes when the scanner's video starts showing a code (dark pixels). */
function appearanceProbe() {
  const appeared = [];
  const stored = [];
  window.__scan = { appeared, stored };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'centricity:participant-stored') stored.push(entry.startTime);
    }
  }).observe({ type: 'mark', buffered: true });
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 36;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let showing = false;
  const watch = (video) => {
    const onFrame = (now, metadata) => {
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 96) dark++;
      const code = dark > 20;
      // The camera's capture time where Chromium gives it, else the frame's presentation.
      if (code && !showing) appeared.push(metadata.captureTime ?? metadata.presentationTime ?? now);
      showing = code;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  new MutationObserver((_, observer) => {
    const video = document.querySelector('[data-testid="scanner"] video');
    if (video) {
      observer.disconnect();
      watch(video);
    }
  }).observe(document, { subtree: true, childList: true });
}

export async function measureScanLatency(root, baseUrl, workDir, count = 20) {
  const options = { root, configFile: false, logLevel: 'error' };
  const { module: share } = await runnerImport(join(root, 'src/domain/share-code.ts'), options);
  const { module: instrument } = await runnerImport(
    join(root, 'src/domain/instrument.ts'),
    options,
  );
  const { module: camera } = await runnerImport(
    join(root, 'tests/e2e/support/fake-camera.ts'),
    options,
  );
  const scenes = [];
  for (let person = 0; person < count; person++) {
    const answers = Object.fromEntries(
      instrument.ITEM_IDS.map((id, item) => [id, ((person + item * 3) % 5) + 1]),
    );
    const code = share.encodeShareCode({
      answers,
      completedAt: Date.UTC(2026, 0, 1),
      assessmentId: `bench-scan-${person}`,
    });
    scenes.push(
      { qr: null, frames: FPS },
      { qr: share.shareLink(baseUrl, code), frames: FPS * 1.5 },
    );
  }
  const video = join(workDir, 'scan-bench.y4m');
  camera.writeY4m(video, scenes, { width: WIDTH, height: HEIGHT, fps: FPS, moduleSize: 6 });

  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(appearanceProbe);
    await page.goto(`${baseUrl}/workshops`);
    await page.locator('main form input[type=text]').first().fill('Scan bench');
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForURL(/\/workshops\/[^/]+$/);
    await page.locator('.add-results__scan button').click();
    // The video loops; stop once every participant has been stored once.
    await page.waitForFunction((n) => window.__scan.stored.length >= n, count, {
      timeout: count * 5_000 + 30_000,
    });
    const { appeared, stored, clock } = await page.evaluate(() => ({
      ...window.__scan,
      clock: performance.now(),
    }));
    // Both clocks must be the page's performance clock: the last sighting is in the past.
    if (appeared.some((time) => time > clock || time < 0)) {
      throw new Error('camera frame times are not on the page clock');
    }
    const samples = stored.map((at) => {
      const shown = appeared.filter((time) => time <= at).at(-1);
      if (shown === undefined) throw new Error('a participant was stored before any code showed');
      return at - shown;
    });
    return {
      scans: samples.length,
      medianMs: Number(percentile(samples, 50).toFixed(1)),
      p95Ms: Number(percentile(samples, 95).toFixed(1)),
      maxMs: Number(Math.max(...samples).toFixed(1)),
      samplesMs: samples.map((sample) => Math.round(sample)),
      video: `${WIDTH}×${HEIGHT}, ${FPS} fps`,
      engine: (await page.evaluate(() => 'BarcodeDetector' in window)) ? 'native' : 'zxing',
    };
  } finally {
    await browser.close();
    rmSync(video, { force: true });
  }
}
