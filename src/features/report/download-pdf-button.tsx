// "Download PDF": builds the report as a PDF file in the browser and saves it, on
// phones as on desktops (where "Print → Save as PDF" is hard to find). jsPDF and the
// font load only on the first click; offline they come from the service worker's cache.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../ui/download';
import { defaultPaper, type PdfPaper } from '../../ui/pdf/pdf-document';
import type { ReportContent } from './report-content';

/** A file name from the report's header fields, safe on every system. */
function pdfFileName(content: Pick<ReportContent, 'runningHeaderParts'>): string {
  const base = content.runningHeaderParts
    .slice(0, 2)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `centricity-report${base ? `-${base}` : ''}.pdf`;
}

export function DownloadPdfButton({ content }: { content: ReportContent }) {
  const { t } = useTranslation('report');
  const [paper, setPaper] = useState<PdfPaper>(() => defaultPaper(navigator.language));
  const [status, setStatus] = useState<
    { kind: 'idle' } | { kind: 'making' } | { kind: 'ready'; file: string } | { kind: 'failed' }
  >({ kind: 'idle' });

  const download = async () => {
    setStatus({ kind: 'making' });
    try {
      const { makeReportPdf } = await import('./report-pdf');
      const blob = await makeReportPdf(content, paper);
      const file = pdfFileName(content);
      downloadBlob(file, blob);
      setStatus({ kind: 'ready', file });
    } catch (error) {
      // The library's or browser's own text is English and means nothing to the reader:
      // it goes to the console, the screen says what still works (issue 12).
      console.error('The PDF could not be made', error);
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void download()}
        disabled={status.kind === 'making'}
        data-testid="download-pdf"
      >
        {t('downloadPdf')}
      </button>
      <label className="report__paper">
        <span>{t('paper')}</span>{' '}
        <select value={paper} onChange={(event) => setPaper(event.target.value as PdfPaper)}>
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
        </select>
      </label>
      <p className="report__pdf-status" role="status">
        {status.kind === 'making' && t('making')}
        {status.kind === 'ready' && t('pdfReady', { file: status.file })}
        {status.kind === 'failed' && <span className="field__error">{t('pdfFailed')}</span>}
      </p>
    </>
  );
}
