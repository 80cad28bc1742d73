// Page object for the report (/a/:id/report): its content, its charts, the toolbar that
// is left off paper, and "Download PDF".
import type { Download, Locator, Page } from '@playwright/test';
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

  /** "Download PDF", the toolbar's first button (the toolbar is not printed). */
  get downloadButton(): Locator {
    return this.page.getByTestId('download-pdf');
  }

  /** Presses "Download PDF" and gives the download the browser receives. */
  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    return download;
  }
}
