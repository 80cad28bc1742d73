// The report of a business that keeps a complaint log (issue 17): the printed page and
// "Download PDF" both carry the log's summary of the last 90 days, the latest customer
// survey and the ranked top three problems, in English and in Persian.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/report-page';
import { pdfText, searchable } from './pages/pdf-text';
import { SEEDED, SEEDED_PROBLEM, seed } from './support/seed';

const OUT = process.env.REPORT_PNG_DIR ?? '/tmp/report-pdf';
const reportText = (language: string) =>
  JSON.parse(readFileSync(`locales/${language}/report.json`, 'utf8')) as Record<string, string>;
const complaintsText = (language: string) =>
  JSON.parse(readFileSync(`locales/${language}/complaints.json`, 'utf8')) as {
    report: Record<string, string>;
  };

for (const language of ['en', 'fa'] as const) {
  test(`the report and its PDF hold the complaint log's summary and the top three (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    await seed(
      page,
      {
        business: 'Corner Bakery',
        respondent: 'Aisha',
        context: 'BUS 210',
        workshop: 'Card payments',
      },
      { records: true },
    );
    const report = new ReportPage(page);
    await report.open(SEEDED.latest);
    const words = complaintsText(language).report;
    const records = report.records;
    await expect(records.getByRole('heading', { level: 2 })).toHaveText(words.title!);
    // Three complaints in the last 90 days, two of them resolved, one still open.
    const digits = (value: number) => value.toLocaleString(language);
    await expect(report.recordsFact(words.complaints!)).toHaveText(digits(3));
    await expect(report.recordsFact(words.openNow!)).toHaveText(digits(1));
    await expect(records.getByRole('row')).toHaveCount(4);
    await expect(records.getByRole('row').nth(1)).toContainText(SEEDED_PROBLEM);

    const file = await report.downloadPdf(`${OUT}/${language}-records`);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${OUT}/${language}-records/page`]);
    const text = searchable(pdfText(file));
    for (const key of ['title', 'complaints', 'resolvedShare', 'openNow', 'topProblems'])
      expect(text, key).toContain(searchable(words[key]!));
    expect(text).toContain(searchable(SEEDED_PROBLEM));
    expect(text).toContain(searchable('Oat milk runs out on Fridays'));
    // The summary is on the report's own pages, before the appendix.
    const pages = pdfText(file).split('\f');
    const at = (wanted: string) =>
      pages.findIndex((pageText) => searchable(pageText).includes(searchable(wanted)));
    expect(at(SEEDED_PROBLEM)).toBeGreaterThanOrEqual(0);
    expect(at(SEEDED_PROBLEM)).toBeLessThan(at(reportText(language).appendixTitle!));
  });
}
