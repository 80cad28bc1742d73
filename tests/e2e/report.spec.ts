import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SECTIONS } from '../../src/domain/instrument';
import { AppShell } from './pages/app-shell';
import { pageCount, pdfText, searchable } from './pages/pdf-text';
import { ReportPage } from './pages/report-page';
import { waitForServiceWorkerControl } from './support/service-worker';

// Where the PDF pages are rendered as images to be looked at (outside the repository).
const OUT = process.env.REPORT_PNG_DIR ?? '/tmp/report-pdf';

type Instrument = {
  items: Record<string, Record<string, string>>;
  bands: Record<string, { name: string; meaning: string }>;
};
const instrument = (language: string) =>
  JSON.parse(readFileSync(`locales/${language}/instrument.json`, 'utf8')) as Instrument;
const reportText = (language: string) =>
  JSON.parse(readFileSync(`locales/${language}/report.json`, 'utf8')) as Record<string, string>;

/** A typical course audit: varied answers (total 22.92, adequate), notes and a 4-goal plan. */
async function seedTypicalAudit(page: Page, language: 'en' | 'fa'): Promise<ReportPage> {
  await page.goto('/settings');
  await page
    .getByLabel('Backup file (JSON)')
    .setInputFiles('tests/fixtures/backup/typical-audit.json');
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.evaluate((lng) => localStorage.setItem('centricity.language', lng), language);
  await page.goto('/a/typical/report');
  const report = new ReportPage(page);
  await expect(report.heading).toBeVisible();
  await expect(report.charts).toHaveCount(2);
  return report;
}

const HEADER = ['Ana Novak', 'BUS 210 Service Management'];
const TOTAL = { en: '22.92', fa: '۲۲٫۹۲' };
const PAGE_OF = {
  en: (p: number, n: number) => `Page ${p} of ${n}`,
  fa: (p: number, n: number) => `صفحهٔ ${p.toLocaleString('fa')} از ${n.toLocaleString('fa')}`,
};

for (const language of ['en', 'fa'] as const) {
  test(`printed report as PDF: two pages and an appendix (${language})`, async ({ page }) => {
    const { report, downloadButton } = await seedTypicalAudit(page, language);
    const shell = new AppShell(page);
    await shell.expectLanguage(language);
    await expect(report).toContainText('The owner serves at the counter every morning');
    await expect(report).toContainText('Dr. Rahman');
    await expect(report).toContainText('S-2024-0173');

    await page.emulateMedia({ media: 'print' });
    await expect(shell.header).toBeHidden();
    await expect(downloadButton).toBeHidden();

    const items = instrument(language);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const dir = `${OUT}/${language}-${format}`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/report.pdf`;
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, `${dir}/page`]);

      // Two pages of report, then the appendix on a page of its own.
      const pages = pageCount(file);
      expect(pages, `${language} ${format}`).toBe(3);
      const appendix = searchable(pdfText(file, 3));
      expect(appendix).toContain(searchable(reportText(language).appendixTitle!));
      for (let number = 1; number <= pages; number++) {
        const text = pdfText(file, number);
        // Running header (name, course, date) and "Page N of M" on every page.
        for (const field of HEADER) expect(text, `page ${number}`).toContain(field);
        // pdftotext sometimes gives a short Persian line back in visual order.
        const label = searchable(PAGE_OF[language](number, pages));
        const reversed = searchable(
          PAGE_OF[language](number, pages).split(' ').reverse().join(' '),
        );
        expect([label, reversed].some((form) => searchable(text).includes(form))).toBe(true);
      }
      // All 25 statements are in the appendix; the verdict and the notes on page 1–2.
      for (const section of SECTIONS) {
        for (const itemId of section.itemIds) {
          const [sectionKey, itemKey] = itemId.split('.') as [string, string];
          expect(appendix, itemId).toContain(searchable(items.items[sectionKey]![itemKey]!));
        }
      }
      const body = searchable(pdfText(file, 1) + pdfText(file, 2));
      expect(body).toContain(searchable(items.bands.adequate!.name));
      expect(body).toContain(searchable(items.bands.adequate!.meaning));
      expect(body).toContain(searchable(TOTAL[language]));
      expect(body).toContain(searchable('Complaints are written on sticky notes'));
      // No navigation chrome on paper.
      expect(body).not.toContain(searchable(language === 'fa' ? 'کارگاه‌ها' : 'Workshops'));
    }
  });

  test(`"Download PDF" saves a PDF with the total, band and verdict (${language})`, async ({
    page,
  }) => {
    const report = await seedTypicalAudit(page, language);
    const download = await report.startDownload();
    expect(download.suggestedFilename()).toMatch(/^centricity-report-.*\.pdf$/);
    const dir = `${OUT}/${language}-download`;
    mkdirSync(dir, { recursive: true });
    const file = `${dir}/report.pdf`;
    await download.saveAs(file);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${dir}/page`]);
    await expect(page.getByRole('status')).toContainText('.pdf');

    expect(pageCount(file)).toBe(3);
    const raw = pdfText(file);
    // Real text, in reading order, with no Arabic presentation forms left in it.
    expect(raw).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
    const band = instrument(language).bands.adequate!;
    expect(raw).toContain(TOTAL[language]);
    expect(raw).toContain(band.name);
    // The verdict sentence, word for word and in order (lines may wrap).
    const text = raw.replace(/\u200c/g, '').replace(/\s+/g, ' ');
    const meaning = band.meaning.replace(/\u200c/g, '');
    const words = meaning.split(' ');
    let from = 0;
    for (const word of words) {
      const at = text.indexOf(word.replace(/[.,،]$/, ''), from);
      expect(at, `"${word}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    for (const [number] of [[1], [2], [3]] as const) {
      for (const field of HEADER) expect(pdfText(file, number)).toContain(field);
    }
  });
}

test('"Download PDF" works offline: jsPDF and the font come from the precache', async ({
  page,
  context,
}) => {
  const report = await seedTypicalAudit(page, 'fa');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(report.report).toBeVisible();
  const download = await report.startDownload();
  const file = `${OUT}/fa-offline.pdf`;
  mkdirSync(OUT, { recursive: true });
  await download.saveAs(file);
  expect(pdfText(file)).toContain(TOTAL.fa);
});
