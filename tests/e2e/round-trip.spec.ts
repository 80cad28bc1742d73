// What the app exports, it reads back (issue 12). A result whose names are as long as a
// share link carries goes from the participant's phone through the link, a backup, a
// trainer's workshop file and the workshop CSV without losing a character; and "Add to a
// new workshop" is one transaction: a failure between its two writes leaves nothing.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MAX_SHARED_NAME_BYTES, encodeShareCode, shareLink } from '../../src/domain/share-code';
import { ITEM_IDS, SurveyPage } from './pages/survey-page';
import { SharedLinkPage } from './pages/shared-link-page';

/** `text` repeated and cut to exactly `bytes` bytes of UTF-8, ending in a visible letter. */
function nameOfBytes(text: string, bytes: number): string {
  let name = '';
  for (const character of text.repeat(bytes)) {
    if (Buffer.byteLength(name + character) > bytes - 1) break;
    name += character;
  }
  name = name.trimEnd();
  return name + 'x'.repeat(bytes - Buffer.byteLength(name));
}

// Hostile but allowed: a formula start, quotes, commas, a separator dash and diacritics.
const BUSINESS = nameOfBytes(
  '=HYPERLINK("x"), Pekáreň a kaviareň u Jána — ',
  MAX_SHARED_NAME_BYTES,
);
const RESPONDENT = nameOfBytes('@Ján "the owner" Novák, +421; ', MAX_SHARED_NAME_BYTES);
const LABEL = `${BUSINESS} — ${RESPONDENT}`;
const value = (itemId: string) => ((ITEM_IDS as readonly string[]).indexOf(itemId) % 5) + 1;

/** A page in a context of its own (another device); its uncaught errors go to `errors`. */
async function newPage(browser: Browser, baseURL: string | undefined, errors: string[]) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Clicks the button and returns the downloaded file. */
async function download(page: Page, button: string): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile((await (await event).path())!);
}

async function importBackup(page: Page, file: Buffer) {
  await page.goto('/settings');
  await page
    .getByLabel('Backup file (JSON)')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByTestId('import-summary')).toContainText('Import finished:');
}

type Backup = { assessments: Record<string, unknown>[]; workshops: unknown[] };

test('a shared result with the longest names round-trips through backup and a workshop', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(360_000);
  const errors: string[] = [];
  expect(Buffer.byteLength(BUSINESS)).toBe(MAX_SHARED_NAME_BYTES);
  expect(Buffer.byteLength(RESPONDENT)).toBe(MAX_SHARED_NAME_BYTES);

  // The participant: an audit with the longest names a link carries, shared with names.
  const participant = await newPage(browser, baseURL, errors);
  const survey = new SurveyPage(participant);
  await survey.start({ businessName: BUSINESS, respondent: RESPONDENT });
  await survey.completeAudit(value);
  await participant.getByRole('link', { name: 'Share', exact: true }).click();
  await participant.getByLabel('Include the business name and respondent in the link').check();
  const link = await participant.getByTestId('share-link').inputValue();
  const participantBackup = await (async () => {
    await participant.goto('/settings');
    return download(participant, 'Download backup (JSON)');
  })();

  // Their backup, read on another device, gives back the very same record.
  const other = await newPage(browser, baseURL, errors);
  await importBackup(other, participantBackup);
  await other.goto('/history');
  await expect(other.getByTestId('history-item').getByRole('heading')).toHaveText(BUSINESS);
  await other.goto('/settings');
  const again = JSON.parse(
    (await download(other, 'Download backup (JSON)')).toString('utf8'),
  ) as Backup;
  const original = JSON.parse(participantBackup.toString('utf8')) as Backup;
  expect(again.assessments).toEqual(original.assessments);
  expect(original.assessments[0]).toMatchObject({ businessName: BUSINESS, respondent: RESPONDENT });

  // The trainer opens the link, adds it to a new workshop, then saves it (saving opens
  // the saved result).
  const trainer = await newPage(browser, baseURL, errors);
  const opened = new SharedLinkPage(trainer);
  await opened.goto(link);
  await expect(opened.heading).toContainText(BUSINESS);
  await opened.openWorkshopForm();
  await opened.newWorkshopName.fill('Longest names');
  await opened.addToWorkshop.click();
  await expect(trainer.getByText('Added to “Longest names”.')).toBeVisible();
  await opened.save.click();
  await expect(trainer).toHaveURL(/\/results$/);
  await trainer.goto('/workshops');
  await trainer.getByRole('link', { name: 'Longest names' }).click();
  await expect(trainer.getByRole('rowheader', { name: LABEL })).toBeVisible();
  const workshopFile = await download(trainer, 'Download workshop file');
  const workshopCsv = await download(trainer, 'Download CSV');
  await trainer.goto('/settings');
  const trainerBackup = await download(trainer, 'Download backup (JSON)');
  expect((JSON.parse(trainerBackup.toString('utf8')) as Backup).assessments[0]).toMatchObject({
    businessName: BUSINESS,
    respondent: RESPONDENT,
  });

  // A second trainer imports the workshop file, then the CSV into a workshop of their own.
  const colleague = await newPage(browser, baseURL, errors);
  await colleague.goto('/workshops');
  await colleague
    .getByLabel('Workshop file', { exact: true })
    .setInputFiles({ name: 'workshop.json', mimeType: 'application/json', buffer: workshopFile });
  await expect(colleague.getByText(/Imported “Longest names”: 1 added/)).toBeVisible();
  await colleague.getByRole('link', { name: 'Longest names' }).click();
  await expect(colleague.getByRole('rowheader', { name: LABEL })).toBeVisible();
  await colleague.goto('/workshops');
  await colleague.getByLabel('Workshop name').fill('From the CSV');
  await colleague.getByRole('button', { name: 'Create workshop' }).click();
  await colleague
    .getByLabel('Result files or CSV')
    .setInputFiles({ name: 'workshop.csv', mimeType: 'text/csv', buffer: workshopCsv });
  await expect(colleague.getByTestId('add-outcome')).toHaveText(
    '1 added, 0 skipped as duplicates.',
  );
  await expect(colleague.getByRole('rowheader', { name: LABEL })).toBeVisible();

  // The trainer's backup (saved result and workshop) reads back adding nothing new.
  await importBackup(trainer, trainerBackup);
  await expect(trainer.getByTestId('import-summary')).toContainText(
    'Import finished: 0 added, 0 updated',
  );
  expect(errors).toEqual([]);
});

test('a failure between the two writes of "Add to a new workshop" leaves nothing behind', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Every write of participants (their blocks) fails while the flag is set, as a full disk
  // or a crash would between the workshop's write and its first participant's.
  await page.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'participantBlocks' && sessionStorage.getItem('fail-participants')) {
          throw new DOMException('Injected failure', 'UnknownError');
        }
        return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
      } as typeof original;
    }
  });
  const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, value(id)])) as Parameters<
    typeof encodeShareCode
  >[0]['answers'];
  const link = shareLink('http://localhost', encodeShareCode({ answers, assessmentId: 'a-1' }));
  const opened = new SharedLinkPage(page);
  await opened.goto(link);
  await page.evaluate(() => sessionStorage.setItem('fail-participants', '1'));

  await opened.openWorkshopForm();
  await opened.newWorkshopName.fill('Room 4');
  await opened.addToWorkshop.click();
  await expect(page.getByRole('alert')).toContainText('The result could not be added:');
  const workshopCount = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('centricity');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('workshops').objectStore('workshops').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => reject(count.error);
          };
        }),
    );
  expect(await workshopCount()).toBe(0);

  // Once writes work again, the same click makes exactly one workshop with the result.
  await page.evaluate(() => sessionStorage.removeItem('fail-participants'));
  await opened.addToWorkshop.click();
  await expect(page.getByText('Added to “Room 4”.')).toBeVisible();
  expect(await workshopCount()).toBe(1);
  await page.goto('/workshops');
  await expect(page.getByRole('link', { name: 'Room 4' })).toHaveCount(1);
  expect(errors).toEqual([]);
});
