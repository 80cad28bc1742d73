import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Where the PDF pages are rendered as images to be looked at (outside the repository).
const OUT = process.env.REPORT_PNG_DIR ?? '/tmp/report-pdf';

async function seed(page: Page) {
  await page.goto('/settings');
  await page
    .getByLabel('Backup file (JSON)')
    .setInputFiles('tests/fixtures/backup/valid-backup.json');
  await expect(page.getByTestId('import-summary')).toBeVisible();
}

for (const language of ['en', 'fa'] as const) {
  test(`printed report as PDF (${language})`, async ({ page }, testInfo) => {
    // Seed in English (stable labels), then read the report in the language under test.
    await seed(page);
    await page.evaluate((lng) => localStorage.setItem('centricity.language', lng), language);
    await page.goto('/a/a-1/report');
    const report = page.getByTestId('report');
    await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'fa' ? 'rtl' : 'ltr');
    // The notes written on Results and the header fields are in the report.
    await expect(report).toContainText('Owner sets the tone.');
    await expect(report).toContainText('Corner Bakery, "Downtown"');
    await expect(report).toContainText('BUS 210');
    await expect(page.getByRole('button', { name: /print|چاپ/i })).toBeVisible();
    await expect(page.locator('.report .recharts-wrapper')).toHaveCount(2);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.report__toolbar')).toBeHidden();

    const pdfs: string[] = [];
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
      const dir = `${OUT}/${language}-${format}`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/report.pdf`, pdf);
      // Without bidi control marks, which pdftotext adds around right-to-left runs.
      const text = execFileSync('pdftotext', ['-layout', `${dir}/report.pdf`, '-'])
        .toString()
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      pdfs.push(text);
      execFileSync('pdftoppm', ['-png', '-r', '60', `${dir}/report.pdf`, `${dir}/page`]);
    }
    await testInfo.attach('pdf-text', { body: pdfs[0]!, contentType: 'text/plain' });
    for (const text of pdfs) {
      // Total 28 (all answers 4) and its band; Persian digits in Persian.
      expect(text).toContain(language === 'fa' ? '۲۸' : '28');
      expect(text).toContain(language === 'fa' ? 'سرمایه' : 'An asset');
      expect(text).toContain('Owner sets the tone');
      // No navigation chrome in print.
      expect(text).not.toContain(language === 'fa' ? 'کارگاه‌ها' : 'Workshops');
    }
  });
}
