// Page object for an assessment's report: the printed page, its records block (the
// complaint log's summary and the top three problems) and "Download PDF".
import { mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export class ReportPage {
  constructor(readonly page: Page) {}

  get report(): Locator {
    return this.page.getByTestId('report');
  }

  /** Opens the report of `assessmentId` and waits until both charts are drawn. */
  async open(assessmentId: string) {
    await this.page.goto(`/a/${assessmentId}/report`);
    await expect(this.report.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.report.locator('.recharts-wrapper')).toHaveCount(2);
  }

  /** The complaint log, surveys and top three problems of the report's business. */
  get records(): Locator {
    return this.report.locator('section.report-complaints');
  }

  /** The value of one figure of the records block, by its label. */
  recordsFact(term: string): Locator {
    return this.records.locator('.report__detail').filter({ hasText: term }).locator('dd');
  }

  /** Clicks "Download PDF" and saves the file in `dir`; returns its path. */
  async downloadPdf(dir: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('download-pdf').click(),
    ]);
    mkdirSync(dir, { recursive: true });
    const file = `${dir}/report.pdf`;
    await download.saveAs(file);
    return file;
  }
}
