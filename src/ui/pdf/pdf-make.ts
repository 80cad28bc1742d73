// The one entry point for a one-click PDF: loads the fonts and lays the document out.
// Import it lazily (`await import('../../ui/pdf/pdf-make')`) so jsPDF and the fonts stay
// out of every screen's first load.
import type { PdfDocument } from './pdf-document';
import { loadPdfFonts } from './pdf-fonts';
import { renderPdf } from './pdf-renderer';

export async function makePdf(doc: PdfDocument): Promise<Blob> {
  return renderPdf(doc, await loadPdfFonts());
}
