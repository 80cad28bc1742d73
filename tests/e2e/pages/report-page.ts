// Page object for an assessment's report: the printed page, its charts, its records block
// (the complaint log's summary and the top three problems), the toolbar that is left off
// paper, and "Download PDF".
import { mkdirSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { drawnCharts } from './charts';

export class ReportPage {
  constructor(readonly page: Page) {}

  /** The report itself (everything printed). */
  get report(): Locator {
    return this.page.getByTestId('report');
  }

  get heading(): Locator {
    return this.report.getByRole('heading', { level: 1 });
  }

  get charts(): Locator {
    return drawnCharts(this.report);
  }

  /** Opens the report of `assessmentId` and waits until both charts are drawn. */
  async open(assessmentId: string) {
    await this.page.goto(`/a/${assessmentId}/report`);
    await expect(this.heading).toBeVisible();
    await expect(this.charts).toHaveCount(2);
  }

  /** The complaint log, surveys and top three problems of the report's business. */
  get records(): Locator {
    return this.report.locator('section.report-complaints');
  }

  /** The value of one figure of the records block, by its label. */
  recordsFact(term: string): Locator {
    return this.records.locator('.report__detail').filter({ hasText: term }).locator('dd');
  }

  /** The texts of the notes, in the report's notes section (titled `title`). */
  noteTexts(title: string): Locator {
    return this.report.getByRole('region', { name: title, exact: true }).getByRole('paragraph');
  }

  /** "Download PDF", in the toolbar (the toolbar is not printed). */
  get downloadButton(): Locator {
    return this.page.getByTestId('download-pdf');
  }

  /** Presses "Download PDF" and gives the download the browser receives. */
  async startDownload(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    return download;
  }

  /** Clicks "Download PDF" and saves the file in `dir`; returns its path. */
  async downloadPdf(dir: string): Promise<string> {
    const download = await this.startDownload();
    mkdirSync(dir, { recursive: true });
    const file = `${dir}/report.pdf`;
    await download.saveAs(file);
    return file;
  }
}
