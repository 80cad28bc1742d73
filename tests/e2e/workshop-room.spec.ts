// The room, end to end (issue 11): the trainer's invite code is read off the screen (a
// screenshot decoded with ZXing, never the link in the DOM), participants open it on
// their own "phones" (browser contexts), answer with a seat number, and hold up the code
// their phone shows: that code is read off the phone's screenshot and drawn again into
// the trainer's fake camera feed (Chromium plays a .y4m file, not a live picture). The
// workshop page and the projector (open in another tab) count up without a reload.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerWholeSurvey } from './pages/audit';
import { ProjectorPage } from './pages/projector-page';
import { fakeCameraLaunchOptions, writeY4m } from './support/fake-camera';
import { qrPng, readQrCodes } from './support/qr-node';
import { encodeShareCode, shareLink, type CompleteAnswers } from '../../src/domain/share-code';
import { ITEM_IDS } from '../../src/domain/instrument';

const VIDEO = join(tmpdir(), `centricity-room-${process.pid}.y4m`);
const FPS = 10;

test.use({ launchOptions: fakeCameraLaunchOptions(VIDEO) });

function showOnCamera(qr: string) {
  writeY4m(
    VIDEO,
    [
      { qr, frames: FPS },
      { qr: null, frames: FPS * 2 },
    ],
    { fps: FPS },
  );
}

/** The one QR code inside `element`, read from a screenshot of the page. */
async function readCodeOnScreen(page: Page, testId: string): Promise<string> {
  const image = page.getByTestId(testId);
  await expect(image).toBeVisible();
  const codes = await readQrCodes(await image.screenshot());
  expect(codes).toHaveLength(1);
  return codes[0]!;
}

async function startScanning(page: Page) {
  await page.getByRole('button', { name: 'Scan results with the camera' }).click();
  await expect(page.getByTestId('scanner')).toBeVisible();
}

test('invite code → three participants with seat numbers → scanned → dashboard and projector count up', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const trainer = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const laptop = await trainer.newPage();
  const errors: string[] = [];
  laptop.on('pageerror', (error) => errors.push(error.message));

  await laptop.goto('/workshops');
  await laptop.getByLabel('Workshop name').fill('Kedai owners, Ipoh');
  await laptop.getByRole('button', { name: 'Create workshop' }).click();
  await expect(laptop.getByRole('heading', { level: 1 })).toHaveText('Kedai owners, Ipoh');
  await laptop.getByLabel(/Participants expected/).fill('3');
  await laptop.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(laptop.getByText('Saved.')).toBeVisible();

  // The projector runs in a second tab of the same browser.
  const projector = await trainer.newPage();
  await projector.goto(`${new URL(laptop.url()).pathname}/present`);
  await expect(projector.getByTestId('arrival-count')).toHaveText('0 of 3 in');

  const invite = await readCodeOnScreen(laptop, 'invite-qr');
  const inviteUrl = new URL(invite);
  expect(inviteUrl.origin).toBe(new URL(baseURL!).origin);
  expect(inviteUrl.pathname).toBe('/j');
  expect(inviteUrl.search).toBe('');
  expect(inviteUrl.hash).toMatch(/^#[0-9A-HJKMNP-TV-Z]{4}\/Kedai%20owners%2C%20Ipoh$/);
  // The short address beside the code carries the same tag.
  await expect(laptop.getByTestId('invite-address')).toHaveText(
    `${inviteUrl.host}/j${inviteUrl.hash.slice(0, 5)}`,
  );
  // The projector's first slide shows the same invite.
  expect(await readCodeOnScreen(projector, 'invite-qr')).toBe(invite);
  showOnCamera(invite);
  await startScanning(laptop);
  // Holding up the invite instead of a result is explained.
  await expect(laptop.getByTestId('scan-toast')).toHaveText(
    'That is the invite code. Scan the result code on the participant’s screen instead.',
    { timeout: 30_000 },
  );

  const people = [
    { seat: 'Seat 7', answers: [5, 5, 5, 5, 5, 5, 5] }, // 35, asset
    { seat: 'Seat 12', answers: [3, 3, 3, 3, 3, 3, 3] }, // 21, adequate
    { seat: '', answers: [1, 2, 2, 2, 2, 2, 2] }, // 13, at risk, anonymous
  ];
  for (const [index, person] of people.entries()) {
    const phoneContext = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    phone.on('pageerror', (error) => errors.push(error.message));
    await phone.goto(invite);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Join “Kedai owners, Ipoh”');
    if (person.seat) await phone.getByLabel(/Your first name or seat number/).fill(person.seat);
    await phone.getByRole('button', { name: 'Start the audit' }).click();
    await answerWholeSurvey(phone, person.answers);
    await expect(phone).toHaveURL(/\/a\/[^/]+\/show$/);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Show this to your trainer');
    const resultCode = await readCodeOnScreen(phone, 'result-qr');
    expect(new URL(resultCode).pathname).toBe('/s');

    // The participant's own copy is kept like any assessment.
    await phone.goto('/history');
    await expect(phone.getByRole('main')).toContainText('Kedai owners, Ipoh');
    await phoneContext.close();

    // The trainer's camera sees the phone's screen. (The camera is stopped while the video
    // file is rewritten: Chromium reads it as it plays.)
    await laptop.getByRole('button', { name: 'Stop scanning' }).click();
    showOnCamera(resultCode);
    await startScanning(laptop);
    await expect(laptop.getByTestId('scan-toast')).toHaveText(
      `Added ${person.seat || 'an anonymous participant'}.`,
      { timeout: 30_000 },
    );
    await expect(laptop.getByTestId('scanner').getByTestId('arrival-count')).toHaveText(
      `${index + 1} of 3 in`,
    );
    // The projector tab counts up by itself: no reload.
    await expect(projector.getByTestId('arrival-count')).toHaveText(`${index + 1} of 3 in`);
  }

  const slides = new ProjectorPage(projector);
  await expect(slides.arrivals).toContainText('Seat 12');
  await expect(slides.arrivals).toContainText('Seat 7');
  await expect(laptop.getByTestId('participant-count')).toHaveText('3');
  await expect(laptop.getByTestId('group-mean')).toHaveText('23');
  await expect(laptop.getByTestId('participants-table')).toContainText('Seat 7');

  // The projector's next slides show the group.
  await projector.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('group-mean')).toHaveText('23');
  await expect(projector.getByTestId('band-count-asset')).toContainText('1 participant');
  await projector.keyboard.press('ArrowRight');
  await expect(slides.charts).toHaveCount(1);
  await projector.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('group-weakest')).toContainText('Company culture');
  expect(errors).toEqual([]);
  await trainer.close();
});

test('a result made for another workshop waits for the trainer’s answer', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/workshops');
  await page.getByLabel('Workshop name').fill('Tuesday group');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('invite-address')).toHaveText(/#[0-9A-Z]{4}$/);
  const ownTag = (await page.getByTestId('invite-address').textContent())!.slice(-4);
  const otherTag = ownTag === 'M2P9' ? 'K7QX' : 'M2P9';

  const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 2])) as CompleteAnswers;
  const link = shareLink(
    new URL(baseURL!).origin,
    encodeShareCode({
      answers,
      assessmentId: 'someone-elses-participant',
      workshopTag: otherTag,
      names: { businessName: '', respondent: 'Dewi' },
    }),
  );
  showOnCamera(link);
  await startScanning(page);
  const question = page.getByRole('alert').filter({ hasText: 'another workshop' });
  await expect(question).toHaveText(
    new RegExp(`The result of Dewi was made for another workshop \\(code ${otherTag}\\)`),
    { timeout: 30_000 },
  );
  await question.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('participant-count')).toHaveCount(0);
  // It comes round again in the video; this time the trainer adds it.
  await expect(question).toBeVisible({ timeout: 15_000 });
  await question.getByRole('button', { name: 'Add anyway' }).click();
  await expect(page.getByTestId('scan-toast')).toHaveText('Added Dewi.');
  await expect(page.getByTestId('participant-count')).toHaveText('1');
  await context.close();
});

test('a photo of a code is read by the same reader; a photo without one is explained', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/workshops');
  await page.getByLabel('Workshop name').fill('Photos only');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  showOnCamera('https://example.com/not-a-result');
  await startScanning(page);
  await expect(page.getByTestId('scan-toast')).toHaveText(
    'This QR code is not a Centricity result.',
    { timeout: 30_000 },
  );

  const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 4])) as CompleteAnswers;
  const link = shareLink(
    new URL(baseURL!).origin,
    encodeShareCode({ answers, assessmentId: 'photo-participant' }),
  );
  const photo = page.getByLabel('Scan from a photo');
  await photo.setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: await qrPng(link) });
  await expect(page.getByTestId('scan-toast')).toHaveText('Added an anonymous participant.');
  await expect(page.getByTestId('group-mean')).toHaveText('28');
  await photo.setInputFiles({
    name: 'blank.png',
    mimeType: 'image/png',
    buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 200 } }),
  });
  await expect(page.getByTestId('scan-toast')).toHaveText(
    'No QR code was found in blank.png. Take the photo closer and straight on.',
  );
  await context.close();
});
