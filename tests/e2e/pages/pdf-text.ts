// Reading a PDF as a reader would: poppler's pdftotext (poppler-utils) per page, and a
// normal form of Persian and Latin text for searching in it.
import { execFileSync } from 'node:child_process';

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file]).toString();
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The text of one page (or of all pages), without the bidi controls pdftotext adds. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, file, '-'])
    .toString()
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * A form in which the same words match however the PDF writer and pdftotext handled
 * them: lower case, letters and digits only (pdftotext drops or adds spaces next to
 * right-to-left runs), no zero-width non-joiners
 * or Arabic vowel marks, and the lam–alef ligature in one fixed letter order (Chromium's
 * PDFs give it back reversed).
 */
export function searchable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u200c|\u200d|\p{Mn}/gu, '')
    .replace(/\u0627\u0644/g, '\u0644\u0627')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
