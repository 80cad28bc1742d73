// When the camera may not be used (permission refused) the scanner says so plainly and
// offers "scan from a photo", which reads the code with the same reader (issue 11).
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../../playwright.config';
import { encodeShareCode, shareLink, type CompleteAnswers } from '../../src/domain/share-code';
import { ITEM_IDS } from '../../src/domain/instrument';
import { qrPng } from './support/qr-node';

test.use({
  launchOptions: {
    executablePath,
    // A fake camera exists, but every permission prompt is answered "block".
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream=deny',
    ],
  },
});

test('camera permission refused: a plain message, and a photo of the code still adds the result', async ({
  page,
  baseURL,
}) => {
  await page.goto('/workshops');
  await page.getByLabel('Workshop name').fill('Camera blocked');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: 'Scan results with the camera' }).click();
  await expect(page.getByTestId('camera-problem')).toHaveText(
    'The browser is not allowed to use the camera. Allow it in the address bar and try again — or scan from a photo below.',
  );
  await expect(page.getByRole('button', { name: 'Try the camera again' })).toBeVisible();

  const answers = Object.fromEntries(
    ITEM_IDS.map((id, index) => [id, (index % 5) + 1]),
  ) as CompleteAnswers;
  const link = shareLink(
    new URL(baseURL!).origin,
    encodeShareCode({
      answers,
      assessmentId: 'blocked-camera-participant',
      names: { businessName: '', respondent: 'Siti' },
    }),
  );
  await page
    .getByLabel('Scan from a photo')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: await qrPng(link) });
  await expect(page.getByTestId('scan-toast')).toHaveText('Added Siti.');
  await expect(page.getByTestId('participant-count')).toHaveText('1');
  await expect(page.getByTestId('participants-table')).toContainText('Siti');
});
