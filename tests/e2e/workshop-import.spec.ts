// A trainer imports 200 participants' result files at once; the dashboard is correct,
// a second import skips them all, and a bad file in a batch is named and adds nothing.
import { expect, test } from '@playwright/test';
import { ITEM_IDS, SECTION_SIZES } from './pages/survey-page';
import { WorkshopPage } from './pages/workshop-page';

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Person = {
  answers: Record<string, number>;
  total: number;
  sections: number[];
  /** Each section's sum in sixtieths of a point (every section size divides 60). */
  sectionSixtieths: number[];
};

function makePeople(count: number, seed: number): Person[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const lean = random() * 4;
    const answers = Object.fromEntries(
      ITEM_IDS.map((id) => [id, Math.min(5, Math.max(1, Math.round(1 + lean + random() - 0.5)))]),
    );
    let start = 0;
    const sums = SECTION_SIZES.map((size) => {
      const ids = ITEM_IDS.slice(start, start + size);
      start += size;
      return ids.reduce((sum, id) => sum + answers[id]!, 0);
    });
    const sections = sums.map((sum, index) => sum / SECTION_SIZES[index]!);
    const sectionSixtieths = sums.map((sum, index) => (sum * 60) / SECTION_SIZES[index]!);
    return { answers, sections, sectionSixtieths, total: sections.reduce((a, b) => a + b, 0) };
  });
}

/** A group mean as the dashboard shows it: exact, then cut (not rounded) to two decimals. */
const cutMean = (sixtieths: number, count: number) =>
  String(Math.floor((sixtieths * 100) / (60 * count)) / 100);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test('importing 200 participant files at once gives the right dashboard', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const people = makePeople(200, 20_250_312);
  const files = people.map((person, index) => ({
    name: `participant-${index + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'centricity-result',
        version: 1,
        resultId: (index + 1).toString(16).padStart(16, '0'),
        completedAt: Date.UTC(2025, 2, 12),
        answers: person.answers,
      }),
    ),
  }));

  await page.goto('/workshops');
  await page.getByLabel('Workshop name').fill('Big room');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Big room');

  const fileInput = page.getByLabel('Result files or CSV');
  await fileInput.setInputFiles(files);
  await expect(page.getByTestId('add-outcome')).toHaveText('200 added, 0 skipped as duplicates.');
  await expect(page.getByTestId('participant-count')).toHaveText('200');

  const totalSixtieths = sum(people.map((person) => sum(person.sectionSixtieths)));
  await expect(page.getByTestId('group-mean')).toHaveText(cutMean(totalSixtieths, 200));
  const bands = { asset: 0, adequate: 0, atRisk: 0 };
  for (const person of people) {
    // Totals are whole sixtieths; the small tolerance absorbs float noise in the reference.
    if (person.total >= 28 - 1e-9) bands.asset++;
    else if (person.total >= 21 - 1e-9) bands.adequate++;
    else bands.atRisk++;
  }
  expect(bands.asset * bands.adequate * bands.atRisk).toBeGreaterThan(0);
  for (const [band, count] of Object.entries(bands)) {
    await expect(page.getByTestId(`band-count-${band}`)).toContainText(`${count} participants`);
  }
  const cultureSixtieths = sum(people.map((person) => person.sectionSixtieths[0]!));
  const spread = page.getByTestId('spread-table');
  await expect(spread.getByRole('row', { name: /Company culture/ })).toContainText(
    cutMean(cultureSixtieths, 200),
  );
  // The table shows its participants a page of 50 at a time.
  await expect(new WorkshopPage(page).participantRows).toHaveCount(50);
  await expect(page.getByTestId('participants-range')).toHaveText('1–50 of 200');

  // The same files again: all skipped, nothing changes.
  await fileInput.setInputFiles(files.slice(0, 50));
  await expect(page.getByTestId('add-outcome')).toHaveText('0 added, 50 skipped as duplicates.');
  await expect(page.getByTestId('participant-count')).toHaveText('200');

  // A batch with a damaged file: the good one is added, the bad one is named.
  const extra = makePeople(1, 7)[0]!;
  await fileInput.setInputFiles([
    {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'centricity-result',
          version: 1,
          resultId: null,
          completedAt: null,
          answers: extra.answers,
        }),
      ),
    },
    {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'centricity-result',
          version: 1,
          resultId: null,
          completedAt: null,
          answers: { ...extra.answers, 'staff.2': 9 },
        }),
      ),
    },
  ]);
  await expect(page.getByTestId('add-outcome')).toHaveText('1 added, 0 skipped as duplicates.');
  await expect(page.getByTestId('add-problems')).toContainText('bad.json');
  await expect(page.getByTestId('add-problems')).toContainText('out of range');
  await expect(page.getByTestId('participant-count')).toHaveText('201');
  expect(errors).toEqual([]);
});
