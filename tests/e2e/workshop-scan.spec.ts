// Scanning participants' result codes with the trainer's camera (issue 11), through
// Chromium's fake camera: the video it plays is written at test time from a real
// participant's share link (support/fake-camera.ts) and rewritten between scans; Chromium
// reads the file each time a page opens the camera. Desktop Chromium on Linux has no
// BarcodeDetector, so these runs exercise the ZXing (WebAssembly) reader and the CSP.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { completeAudit } from './pages/audit';
import { HomePage } from './pages/home-page';
import { fakeCameraLaunchOptions, writeY4m, type Scene } from './support/fake-camera';

const VIDEO = join(tmpdir(), `centricity-scan-${process.pid}.y4m`);
const FPS = 10;

test.use({ launchOptions: fakeCameraLaunchOptions(VIDEO) });

/** The camera shows `qr` for a second, then an empty picture for 1.5 s, in a loop. */
function showOnCamera(qr: string) {
  const scenes: Scene[] = [
    { qr, frames: FPS },
    { qr: null, frames: Math.round(FPS * 1.5) },
  ];
  writeY4m(VIDEO, scenes, { fps: FPS });
}

/** From Results: the share link the participant's Share page offers. */
async function shareLinkOf(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Share', exact: true }).click();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/\/s#/);
  return link.inputValue();
}

async function createWorkshop(page: Page, name: string): Promise<string> {
  await page.goto('/workshops');
  await page.getByLabel('Workshop name').fill(name);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

function storedParticipants(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ source: string; label: string | null; answers: Record<string, number> }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('centricity');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            // Participants are stored in blocks (src/db/participant-blocks.ts).
            const request = open.result
              .transaction('participantBlocks')
              .objectStore('participantBlocks')
              .getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(
                (request.result as { participants: never[] }[]).flatMap(
                  (block) => block.participants,
                ),
              );
            };
            request.onerror = () => reject(request.error);
          };
        },
      ),
  );
}

function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) errors.push(message.text());
    });
  });
  return errors;
}

test('a scanned result is added with its scores; the same code again and a damaged one add nothing', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const participant = await browser.newContext({ baseURL });
  const trainer = await browser.newContext({ baseURL });
  const errors = watchErrors(trainer);
  const phone = await participant.newPage();
  const laptop = await trainer.newPage();

  // Sections 5, 4, 3, 2, 1, 2, 3: total 20, at risk.
  await completeAudit(phone, [5, 4, 3, 2, 1, 2, 3]);
  const link = await shareLinkOf(phone);
  showOnCamera(link);

  await createWorkshop(laptop, 'Scan test, Penang');
  await laptop.getByRole('button', { name: 'Scan results with the camera' }).click();
  const scanner = laptop.getByTestId('scanner');
  await expect(scanner.getByTestId('scan-toast')).toHaveText('Added an anonymous participant.', {
    timeout: 30_000,
  });
  await expect(scanner.getByTestId('arrival-count')).toHaveText('1 in');
  await expect(laptop.getByTestId('participant-count')).toHaveText('1');
  await expect(laptop.getByTestId('group-mean')).toHaveText('20');
  await expect(laptop.getByTestId('group-band')).toHaveText('At risk');
  await expect(
    laptop.getByTestId('spread-table').getByRole('row', { name: /Company culture/ }),
  ).toContainText(/5\s*5\s*5\s*5\s*5\s*5/);
  await expect(laptop.getByTestId('participants-table')).toContainText('camera');

  // The code comes round again in the video: recognised, not added twice.
  await expect(scanner.getByTestId('scan-toast')).toHaveText(
    'Already in this workshop: an anonymous participant. Not added again.',
    { timeout: 15_000 },
  );
  expect(await storedParticipants(laptop)).toHaveLength(1);

  // A damaged code (one character of the code changed): a message, nothing added.
  const code = link.split('#')[1]!;
  const damaged = `${link.split('#')[0]}#${code.slice(0, 8)}${code[8] === 'A' ? 'B' : 'A'}${code.slice(9)}`;
  await scanner.getByRole('button', { name: 'Stop scanning' }).click();
  // Chromium reads the video file as it plays: rewrite it while the camera is off.
  showOnCamera(damaged);
  await laptop.getByRole('button', { name: 'Scan results with the camera' }).click();
  await expect(laptop.getByTestId('scan-toast')).toHaveText(
    'This code cannot be used: the link is damaged. Ask for it to be shown again, steady and in full.',
    { timeout: 30_000 },
  );
  await expect(
    laptop.getByTestId('scan-toast').getByText('This code cannot be used', { exact: false }),
  ).toHaveAttribute('data-kind', 'problem');
  expect(await storedParticipants(laptop)).toHaveLength(1);
  await expect(laptop.getByTestId('participant-count')).toHaveText('1');

  const [stored] = await storedParticipants(laptop);
  expect(stored).toMatchObject({ source: 'scan', label: null });
  expect(stored!.answers['culture.1']).toBe(5);
  expect(stored!.answers['improvement.3']).toBe(3);
  expect(errors).toEqual([]);
  await participant.close();
  await trainer.close();
});

test('scanning works offline after the first visit (the reader is precached)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const participant = await browser.newContext({ baseURL });
  const phone = await participant.newPage();
  await completeAudit(phone, [4, 4, 4, 4, 4, 4, 4]);
  showOnCamera(await shareLinkOf(phone));
  await participant.close();

  const trainer = await browser.newContext({ baseURL });
  const errors = watchErrors(trainer);
  const laptop = await trainer.newPage();
  const wasmRequests: string[] = [];
  trainer.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasmRequests.push(request.url());
  });
  await laptop.goto('/');
  await expect(new HomePage(laptop).form).toBeVisible();
  await laptop.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => laptop.evaluate(() => navigator.serviceWorker.controller?.state ?? null), {
      timeout: 30_000,
    })
    .toBe('activated');
  // The reader was not fetched on the first visit's pages, only precached by the worker.
  const precached = await laptop.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.filter((url) => /\.wasm(\?|$)/.test(url));
  });
  expect(precached).toHaveLength(1);

  await trainer.setOffline(true);
  await laptop.reload();
  const offline = await laptop.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.txt`).then(
      () => false,
      () => true,
    ),
  );
  expect(offline).toBe(true);
  await createWorkshop(laptop, 'No Wi-Fi in this hall');
  await laptop.getByRole('button', { name: 'Scan results with the camera' }).click();
  await expect(laptop.getByTestId('scan-toast')).toHaveText('Added an anonymous participant.', {
    timeout: 30_000,
  });
  await expect(laptop.getByTestId('group-mean')).toHaveText('28');
  expect(wasmRequests.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await trainer.close();
});
