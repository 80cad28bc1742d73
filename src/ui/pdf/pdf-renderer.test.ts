// @vitest-environment node
// Renders small documents with the real font and reads them back with pdftotext
// (poppler-utils), as a reader copying text out of the PDF would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfBlock, PdfDocument } from './pdf-document';
import { defaultPaper } from './pdf-document';
import { firstStrongDirection, renderPdf, separateArabicPunctuation } from './pdf-renderer';

const fonts = {
  regular: new Uint8Array(readFileSync('node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf')),
  bold: new Uint8Array(readFileSync('node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf')),
};

function document(blocks: PdfBlock[], rtl: boolean, extra: Partial<PdfDocument> = {}): PdfDocument {
  return {
    title: 'Test',
    language: rtl ? 'fa' : 'en',
    rtl,
    paper: 'a4',
    header: ['Ana', 'BUS 210'],
    pageLabel: (page, pages) => (rtl ? `صفحهٔ ${page} از ${pages}` : `Page ${page} of ${pages}`),
    formatInteger: String,
    blocks,
    ...extra,
  };
}

async function pdfText(doc: PdfDocument): Promise<{ text: string; pages: number }> {
  const blob = renderPdf(doc, fonts);
  const dir = mkdtempSync(join(tmpdir(), 'centricity-pdf-'));
  const file = join(dir, 'test.pdf');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  const text = execFileSync('pdftotext', ['-layout', file, '-'])
    .toString()
    // pdftotext marks right-to-left runs with bidi controls; they are not part of the text.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  if (process.env.PDF_TEST_DEBUG) console.log(text);
  const info = execFileSync('pdfinfo', [file]).toString();
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('renderPdf', () => {
  it('gives Persian text back as ordinary letters in reading order', async () => {
    const verdict = 'نتیجه: نقطهٔ قوت است، بالا و اطلاعات کافی';
    const { text } = await pdfText(
      document(
        [
          { type: 'heading', level: 1, text: 'گزارش ارزیابی مشتری‌محوری' },
          { type: 'paragraph', text: verdict },
          { type: 'paragraph', text: 'جمع کل ۲۸٫۵ از ۳۵' },
        ],
        true,
      ),
    );
    // No presentation forms: base letters, the lam–alef ligature as two letters.
    expect(text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
    expect(text.replace(/\u200c/g, '')).toContain('گزارش ارزیابی مشتری');
    expect(text).toContain('بالا');
    expect(text).toContain('نقطهٔ قوت');
    expect(text).toContain('۲۸٫۵');
    expect(text.indexOf('جمع کل')).toBeLessThan(text.indexOf('۳۵'));
  });

  it('keeps Slovak letters and numbers pages with a running header', async () => {
    const many: PdfBlock[] = Array.from({ length: 120 }, (_, index) => ({
      type: 'paragraph',
      text: `Odstavec ${index + 1}: ľščťžýáíéúäôň a ďalšie písmená.`,
    }));
    const { text, pages } = await pdfText(document(many, false));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Odstavec 1: ľščťžýáíéúäôň');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.match(/Ana\s+·\s+BUS 210/g)).toHaveLength(pages);
  });

  it('repeats a table header on the next page and never splits a row', async () => {
    const rows = Array.from({ length: 80 }, (_, index) => ({
      cells: [String(index + 1), `Statement number ${index + 1} with some words`, '4 – Usually'],
    }));
    const { text, pages } = await pdfText(
      document(
        [
          {
            type: 'table',
            columns: [
              { header: '#', width: 0.5, align: 'end' },
              { header: 'Statement', width: 7 },
              { header: 'Answer', width: 2, nowrap: true },
            ],
            rows,
          },
        ],
        false,
      ),
    );
    expect(pages).toBe(2);
    expect(text.match(/Statement\s+Answer/g)).toHaveLength(2);
    expect(text).toContain('Statement number 80 with some words');
  });
});

describe('text helpers', () => {
  it.each([
    ['Corner Bakery در تهران', 'ltr'],
    ['«کافه» Corner', 'rtl'],
    ['2030 — ok', 'ltr'],
    ['۱۲۳', undefined],
  ])('first strong direction of %s is %s', (text, dir) => {
    expect(firstStrongDirection(text)).toBe(dir);
  });

  it('keeps a letter before Persian punctuation in its final form', () => {
    expect(separateArabicPunctuation('قوت، بالا؛')).toBe('قوت\u200c، بالا\u200c؛');
    expect(separateArabicPunctuation('abc, def')).toBe('abc, def');
    // Heh + hamza above is drawn as one letter (copied text gets both back).
    expect(separateArabicPunctuation('نقطهٔ قوت')).toBe('نقط\u06c0 قوت');
  });

  it.each([
    ['en-US', 'letter'],
    ['en-GB', 'a4'],
    ['fa-IR', 'a4'],
    ['sk', 'a4'],
    ['nonsense-!!', 'a4'],
  ])('default paper for %s is %s', (locale, paper) => {
    expect(defaultPaper(locale)).toBe(paper);
  });
});
