// Lays a PdfDocument out on A4 or Letter pages and returns the PDF file. Loaded lazily,
// only when someone asks for a PDF.
//
// Why jsPDF (issue 15's evaluation, measured on this machine): pdf-lib with
// @pdf-lib/fontkit shapes Persian through the font's own tables but weighs 534 KB gzip,
// turns the zero-width non-joiner into a visible gap and has no bidi, so numbers came out
// reversed; pdfmake/pdfkit carry the same fontkit plus Node polyfills. Rendering our own
// print page into a PDF (html2canvas + a PDF writer) gives a picture without searchable
// text and a larger file. jsPDF is 109 KB gzip, joins Persian letters (Arabic
// presentation forms, lam–alef ligatures), honours the zero-width non-joiner and orders
// mixed right-to-left lines with its Unicode bidi engine; the one flaw found, that copied
// text came out as presentation forms, is repaired below (ToUnicode entries are mapped
// back to the base letters), so pdftotext and copy–paste give ordinary Persian text.
//
// One font, Vazirmatn (SIL Open Font License 1.1), covers Latin, Latin Extended (Slovak)
// and Persian; jsPDF embeds only the glyphs used.

import { jsPDF } from 'jspdf';
import type {
  PdfBlock,
  PdfBox,
  PdfColumn,
  PdfDocument,
  PdfDrawing,
  PdfPen,
  PdfRow,
  PdfTone,
} from './pdf-document';

export type PdfFonts = { regular: Uint8Array; bold: Uint8Array };

const FONT = 'Vazirmatn';
const PAPER_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const MARGIN = { top: 50, bottom: 46, side: 44 };
const BODY_SIZE = 9.5;
const LINE = 1.4;
const COLORS = {
  text: '#111111',
  muted: '#4a5563',
  line: '#c5ccd6',
  group: '#eef1f5',
  highlight: '#fbe2e0',
};
export const TONES: Record<PdfTone, { stroke: string; fill: string }> = {
  asset: { stroke: '#1e6b3a', fill: '#dff2e5' },
  adequate: { stroke: '#7a5200', fill: '#fdf0cf' },
  atRisk: { stroke: '#a4262c', fill: '#fbe2e0' },
  neutral: { stroke: '#4a5563', fill: '#f4f6f9' },
};

// --- Persian and right-to-left text -------------------------------------------------

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG = /[\p{L}]/u;

/**
 * The direction of a user's text: that of its first letter (HTML's dir="auto").
 *
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | undefined {
  for (const char of text) {
    if (STRONG.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return undefined;
}

/**
 * jsPDF's shaper treats every character of the Arabic block as a joining letter, so a
 * letter before "،" "؛" "؟" or a Persian digit took a joining form. A zero-width
 * non-joiner (invisible, and a Vazirmatn glyph) between them keeps the letter's final form.
 * For the same reason heh with the ezafe hamza ("هٔ", heh + a combining mark) is drawn as
 * the single letter "ۀ"; copied text gets "هٔ" back (see installToUnicodeRepair).
 *
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function separateArabicPunctuation(text: string): string {
  return text
    .replace(/\u0647\u0654/g, '\u06c0')
    .replace(
      /([\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])(?=[\u060c\u061b\u061f\u066a-\u066c\u06d4\u06f0-\u06f9\u0660-\u0669])/g,
      '$1\u200c',
    );
}

/** Arabic presentation forms → the letters they stand for (e.g. lam–alef → two letters). */
function baseLetters(code: number): string {
  // Heh with yeh above stands for heh + hamza above in Persian text (see above).
  if (code === 0xfba4 || code === 0xfba5) return '\u0647\u0654';
  return String.fromCharCode(code).normalize('NFKC');
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/**
 * jsPDF writes each glyph's Unicode value into the font's ToUnicode map, and for shaped
 * Persian that value is a presentation form, which text extraction then returns. Before
 * jsPDF's own font writer runs, wrap the stream writer so that the map names the base
 * letters instead. A ligature (lam–alef, or heh with hamza) maps to two letters; they are
 * written in visual order because extractors (poppler's pdftotext, pdf.js) reverse each
 * right-to-left glyph's text along with the line. Also names the character collection
 * "Identity" (jsPDF writes "Identity-H", which readers reject as unknown). Registered once.
 */
let toUnicodeRepairInstalled = false;
function installToUnicodeRepair(): void {
  if (toUnicodeRepairInstalled) return;
  toUnicodeRepairInstalled = true;
  type PutFontArgs = {
    putStream: (options: { data: string }) => void;
    out: (line: string) => void;
  };
  const events = (jsPDF.API as unknown as { events: [string, (args: PutFontArgs) => void][] })
    .events;
  // jsPDF subscribes plugin events in reverse order, so the last one added runs first:
  // these wrappers are in place before jsPDF's own font writer uses them.
  events.push([
    'putFont',
    (args) => {
      const { putStream, out } = args;
      args.putStream = (options) => {
        const data = options.data.startsWith('/CIDInit')
          ? options.data.replace(
              /<([0-9a-f]{4})><([0-9a-f]{4})>/g,
              (entry, glyph: string, unicode: string) => {
                const code = parseInt(unicode, 16);
                const inPresentationForms =
                  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
                if (!inPresentationForms) return entry;
                const letters = [...baseLetters(code)].reverse().join('');
                return `<${glyph}><${utf16Hex(letters)}>`;
              },
            )
          : options.data;
        putStream({ ...options, data });
      };
      args.out = (line) => out(line === '/Ordering (Identity-H)' ? '/Ordering (Identity)' : line);
    },
  ]);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

// --- Layout ---------------------------------------------------------------------------

type TextStyle = { size: number; bold?: boolean; color?: string };

class Layout {
  readonly pdf: jsPDF;
  readonly width: number;
  readonly height: number;
  readonly left = MARGIN.side;
  readonly right: number;
  y = MARGIN.top;

  constructor(
    readonly doc: PdfDocument,
    fonts: PdfFonts,
  ) {
    installToUnicodeRepair();
    const [width, height] = PAPER_SIZES[doc.paper];
    this.width = width;
    this.height = height;
    this.right = width - MARGIN.side;
    this.pdf = new jsPDF({ unit: 'pt', format: [width, height], compress: true });
    this.pdf.addFileToVFS(`${FONT}-Regular.ttf`, toBase64(fonts.regular));
    this.pdf.addFont(`${FONT}-Regular.ttf`, FONT, 'normal');
    this.pdf.addFileToVFS(`${FONT}-Bold.ttf`, toBase64(fonts.bold));
    this.pdf.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
    this.pdf.setLanguage(doc.language as Parameters<jsPDF['setLanguage']>[0]);
    this.pdf.setDocumentProperties({ title: doc.title, creator: 'Centricity' });
    this.pdf.setLineHeightFactor(LINE);
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  get bottom(): number {
    return this.height - MARGIN.bottom;
  }

  style({ size, bold, color }: TextStyle): void {
    this.pdf.setFont(FONT, bold ? 'bold' : 'normal');
    this.pdf.setFontSize(size);
    this.pdf.setTextColor(color ?? COLORS.text);
  }

  /** Width of a line of text in the current font, as it will be drawn (shaped). */
  measure(text: string): number {
    const shaped = RTL_LETTER.test(text)
      ? (this.pdf as unknown as { processArabic: (text: string) => string }).processArabic(
          separateArabicPunctuation(text),
        )
      : text;
    return this.pdf.getTextWidth(shaped);
  }

  /** Greedy line breaking at spaces (logical order); over-long words are cut. */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.measure(candidate) <= width || !line) {
          line = candidate;
        } else {
          lines.push(line);
          line = word;
        }
        while (this.measure(line) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.measure(line.slice(0, cut)) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Draws one line between x1 and x2 (physical), aligned to the start or end of `dir`. */
  line(
    text: string,
    x1: number,
    x2: number,
    baseline: number,
    dir: 'ltr' | 'rtl',
    align: 'start' | 'end' | 'center' = 'start',
  ): void {
    if (!text) return;
    const width = this.measure(text);
    const toRight = (dir === 'rtl') === (align === 'start');
    const x = align === 'center' ? (x1 + x2 - width) / 2 : toRight ? x2 - width : x1;
    const shaped = RTL_LETTER.test(text) ? separateArabicPunctuation(text) : text;
    this.pdf.text(shaped, x, baseline, {
      baseline: 'alphabetic',
      isInputVisual: false,
      isOutputVisual: true,
      isInputRtl: dir === 'rtl',
      isSymmetricSwapping: true,
    } as Parameters<jsPDF['text']>[3]);
  }

  lineHeight(size: number): number {
    return size * LINE;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN.top) this.newPage();
  }

  textDir(userText: boolean | undefined, text: string): 'ltr' | 'rtl' {
    const own = this.doc.rtl ? 'rtl' : 'ltr';
    return userText ? (firstStrongDirection(text) ?? own) : own;
  }

  paragraph(text: string, style: TextStyle, options: { userText?: boolean; gap?: number } = {}) {
    this.style(style);
    const dir = this.textDir(options.userText, text);
    const step = this.lineHeight(style.size);
    for (const line of this.wrap(text, this.contentWidth)) {
      this.ensure(step);
      this.line(line, this.left, this.right, this.y + style.size, dir);
      this.y += step;
    }
    this.y += options.gap ?? 4;
  }
}

// --- Blocks ---------------------------------------------------------------------------

const HEADING_SIZES = { 1: 16, 2: 11.5, 3: 10 } as const;

function heading(layout: Layout, block: Extract<PdfBlock, { type: 'heading' }>, next?: PdfBlock) {
  const size = HEADING_SIZES[block.level];
  const before = block.level === 1 ? 0 : 8;
  // Keep the heading with at least three lines (or a drawing, or a table kept together)
  // of what follows.
  const keep =
    next?.type === 'drawings'
      ? Math.max(...next.items.map((item) => item.height))
      : next?.type === 'table' && next.keepTogether
        ? Math.min(tableHeight(layout, next), layout.bottom - MARGIN.top - 40)
        : 3 * layout.lineHeight(BODY_SIZE);
  layout.ensure(before + layout.lineHeight(size) + keep);
  if (layout.y > MARGIN.top) layout.y += before;
  layout.style({ size, bold: true });
  const dir = layout.doc.rtl ? 'rtl' : 'ltr';
  for (const line of layout.wrap(block.text, layout.contentWidth)) {
    layout.line(line, layout.left, layout.right, layout.y + size, dir);
    layout.y += layout.lineHeight(size);
  }
  layout.y += 2;
}

function fields(layout: Layout, block: Extract<PdfBlock, { type: 'fields' }>) {
  const gap = 10;
  const columnWidth = (layout.contentWidth - gap * (block.columns - 1)) / block.columns;
  const termSize = 7.5;
  const valueSize = 9.5;
  for (let start = 0; start < block.fields.length; start += block.columns) {
    const row = block.fields.slice(start, start + block.columns);
    const cells = row.map((field) => {
      layout.style({ size: valueSize, bold: true });
      return { field, lines: layout.wrap(field.value, columnWidth) };
    });
    const rowHeight =
      layout.lineHeight(termSize) +
      Math.max(...cells.map((cell) => cell.lines.length)) * layout.lineHeight(valueSize);
    layout.ensure(rowHeight);
    cells.forEach(({ field, lines }, index) => {
      const offset = index * (columnWidth + gap);
      const x1 = layout.doc.rtl ? layout.right - offset - columnWidth : layout.left + offset;
      const x2 = x1 + columnWidth;
      layout.style({ size: termSize, color: COLORS.muted });
      const own = layout.doc.rtl ? 'rtl' : 'ltr';
      layout.line(field.term, x1, x2, layout.y + termSize, own);
      layout.style({ size: valueSize, bold: true });
      let y = layout.y + layout.lineHeight(termSize);
      for (const line of lines) {
        // A value is user text: its own direction, placed at the document's start side.
        layout.line(
          line,
          x1,
          x2,
          y + valueSize,
          layout.textDir(true, field.value),
          layout.textDir(true, field.value) === own ? 'start' : 'end',
        );
        y += layout.lineHeight(valueSize);
      }
    });
    layout.y += rowHeight + 3;
  }
  layout.y += 4;
}

function callout(layout: Layout, block: Extract<PdfBlock, { type: 'callout' }>) {
  const tone = TONES[block.tone];
  const pad = 8;
  const inner = layout.contentWidth - 2 * pad;
  const own = layout.doc.rtl ? 'rtl' : 'ltr';
  layout.style({ size: BODY_SIZE });
  const textLines = layout.wrap(block.text, inner);
  const titleSize = 11.5;
  const figureSize = 13;
  const height =
    2 * pad +
    layout.lineHeight(titleSize) +
    layout.lineHeight(figureSize) +
    textLines.length * layout.lineHeight(BODY_SIZE);
  layout.ensure(height);
  const top = layout.y;
  layout.pdf.setDrawColor(tone.stroke);
  layout.pdf.setLineWidth(1.5);
  layout.pdf.setFillColor(tone.fill);
  layout.pdf.roundedRect(layout.left, top, layout.contentWidth, height, 5, 5, 'FD');
  let y = top + pad;
  layout.style({ size: titleSize, bold: true });
  layout.line(block.title, layout.left + pad, layout.right - pad, y + titleSize, own);
  y += layout.lineHeight(titleSize);
  // Figures from the start side: "label value" pairs, each pair kept together.
  let offset = 0;
  for (const figure of block.figures) {
    layout.style({ size: BODY_SIZE, bold: true, color: COLORS.muted });
    const labelWidth = layout.measure(figure.label);
    layout.style({ size: figureSize, bold: true, color: tone.stroke });
    const valueWidth = layout.measure(figure.value);
    const pairWidth = labelWidth + 5 + valueWidth;
    const x1 = own === 'rtl' ? layout.right - pad - offset - pairWidth : layout.left + pad + offset;
    const labelX1 = own === 'rtl' ? x1 + valueWidth + 5 : x1;
    const valueX1 = own === 'rtl' ? x1 : x1 + labelWidth + 5;
    layout.style({ size: BODY_SIZE, bold: true, color: COLORS.muted });
    layout.line(figure.label, labelX1, labelX1 + labelWidth, y + figureSize, own);
    layout.style({ size: figureSize, bold: true, color: tone.stroke });
    layout.line(figure.value, valueX1, valueX1 + valueWidth, y + figureSize, own);
    offset += pairWidth + 24;
  }
  y += layout.lineHeight(figureSize);
  layout.style({ size: BODY_SIZE });
  for (const line of textLines) {
    layout.line(line, layout.left + pad, layout.right - pad, y + BODY_SIZE, own);
    y += layout.lineHeight(BODY_SIZE);
  }
  layout.y = top + height + 8;
}

function list(layout: Layout, block: Extract<PdfBlock, { type: 'list' }>) {
  const own = layout.doc.rtl ? 'rtl' : 'ltr';
  const indent = 16;
  const step = layout.lineHeight(BODY_SIZE);
  const inset = (x: number) =>
    (own === 'rtl' ? [layout.left, layout.right - x] : [layout.left + x, layout.right]) as [
      number,
      number,
    ];
  block.items.forEach((item, index) => {
    layout.style({ size: BODY_SIZE, bold: Boolean(item.children) });
    const [x1, x2] = inset(indent);
    const lines = layout.wrap(item.text, x2 - x1);
    layout.ensure(step * (lines.length + Math.min(1, item.children?.length ?? 0)));
    const marker = block.ordered ? `${layout.doc.formatInteger(index + 1)}.` : '•';
    const [m1, m2] =
      own === 'rtl' ? [layout.right - indent, layout.right] : [layout.left, layout.left + indent];
    layout.line(marker, m1, m2, layout.y + BODY_SIZE, own);
    for (const line of lines) {
      layout.line(line, x1, x2, layout.y + BODY_SIZE, own);
      layout.y += step;
    }
    layout.style({ size: BODY_SIZE });
    for (const child of item.children ?? []) {
      const [c1, c2] = inset(indent * 2);
      const childLines = layout.wrap(child, c2 - c1);
      layout.ensure(step * childLines.length);
      const [b1, b2] = own === 'rtl' ? [c2, c2 + indent] : [c1 - indent, c1];
      layout.line('–', b1, b2, layout.y + BODY_SIZE, own, 'center');
      for (const line of childLines) {
        layout.line(line, c1, c2, layout.y + BODY_SIZE, own);
        layout.y += step;
      }
    }
    layout.y += 2;
  });
  layout.y += 4;
}

type TableBlock = Extract<PdfBlock, { type: 'table' }>;

/** A table's geometry: column edges, and each row measured before it is drawn. */
function planTable(layout: Layout, block: TableBlock) {
  const own: 'ltr' | 'rtl' = layout.doc.rtl ? 'rtl' : 'ltr';
  const size = 8.5;
  const padX = 4;
  const padY = 2.5;
  const step = layout.lineHeight(size);
  const share = block.columns.reduce((sum, column) => sum + column.width, 0);
  // Column edges from the document's start side.
  let offset = 0;
  const edges = block.columns.map((column) => {
    const width = (column.width / share) * layout.contentWidth;
    const x1 = own === 'rtl' ? layout.right - offset - width : layout.left + offset;
    offset += width;
    return { x1, x2: x1 + width };
  });

  const cellLines = (column: PdfColumn, text: string, edge: { x1: number; x2: number }) =>
    column.nowrap ? [text] : layout.wrap(text, edge.x2 - edge.x1 - 2 * padX);

  const row = (cells: string[], bold: boolean, fill?: string) => {
    layout.style({ size, bold });
    const lines = cells.map((text, index) => cellLines(block.columns[index]!, text, edges[index]!));
    const height = Math.max(...lines.map((cell) => cell.length)) * step + 2 * padY;
    const draw = () => {
      if (fill) {
        layout.pdf.setFillColor(fill);
        layout.pdf.rect(layout.left, layout.y, layout.contentWidth, height, 'F');
      }
      layout.style({ size, bold });
      lines.forEach((cell, index) => {
        const column = block.columns[index]!;
        const edge = edges[index]!;
        const dir = layout.textDir(column.userText, cells[index]!);
        const align = column.align === 'end' ? 'end' : 'start';
        // User text keeps its own direction but sits on the document's side of the cell.
        const sideAlign = dir === own ? align : align === 'start' ? 'end' : 'start';
        cell.forEach((line, lineIndex) => {
          const baseline = layout.y + padY + lineIndex * step + size;
          layout.line(line, edge.x1 + padX, edge.x2 - padX, baseline, dir, sideAlign);
        });
      });
      layout.y += height;
      layout.pdf.setDrawColor(COLORS.line);
      layout.pdf.setLineWidth(0.5);
      layout.pdf.line(layout.left, layout.y, layout.right, layout.y);
    };
    return { height, draw };
  };

  const group = (title: string) => {
    const height = step + 2 * padY;
    const draw = () => {
      layout.pdf.setFillColor(COLORS.group);
      layout.pdf.rect(layout.left, layout.y, layout.contentWidth, height, 'F');
      layout.style({ size, bold: true });
      layout.line(title, layout.left + padX, layout.right - padX, layout.y + padY + size, own);
      layout.y += height;
    };
    return { height, draw };
  };

  const header = () =>
    row(
      block.columns.map((column) => column.header),
      true,
      COLORS.group,
    );
  const body = block.rows.map((entry: PdfRow) =>
    'group' in entry
      ? { ...group(entry.group), isGroup: true }
      : {
          ...row(entry.cells, false, entry.highlight ? COLORS.highlight : undefined),
          isGroup: false,
        },
  );
  const captionHeight = block.caption ? layout.lineHeight(BODY_SIZE) : 0;
  const height =
    captionHeight + header().height + body.reduce((sum, entry) => sum + entry.height, 0);
  return { own, header, body, captionHeight, height };
}

function tableHeight(layout: Layout, block: TableBlock): number {
  return planTable(layout, block).height;
}

function table(layout: Layout, block: TableBlock) {
  const { own, header, body, captionHeight, height } = planTable(layout, block);
  const pageHeight = layout.bottom - MARGIN.top;
  const head = header();
  // At least the caption, the header and the first row (and its group title) together;
  // the whole table when asked and it fits on a page.
  const start =
    captionHeight +
    head.height +
    (body[0]?.height ?? 0) +
    (body[0]?.isGroup ? (body[1]?.height ?? 0) : 0);
  layout.ensure(block.keepTogether && height <= pageHeight ? height : start);
  if (block.caption) {
    layout.style({ size: BODY_SIZE, bold: true });
    layout.line(block.caption, layout.left, layout.right, layout.y + BODY_SIZE, own);
    layout.y += captionHeight;
  }
  head.draw();
  body.forEach((entry, index) => {
    // A group title stays with its first row; a row is never split.
    const needed = entry.height + (entry.isGroup ? (body[index + 1]?.height ?? 0) : 0);
    if (layout.y + needed > layout.bottom) {
      layout.newPage();
      header().draw();
    }
    entry.draw();
  });
  layout.y += 8;
}

function drawings(layout: Layout, items: PdfDrawing[]) {
  const gap = 14;
  const width = (layout.contentWidth - gap * (items.length - 1)) / items.length;
  const titleSize = 9;
  const height = Math.max(...items.map((item) => item.height)) + layout.lineHeight(titleSize);
  layout.ensure(height);
  const pen = makePen(layout);
  items.forEach((item, index) => {
    const offset = index * (width + gap);
    const x = layout.doc.rtl ? layout.right - offset - width : layout.left + offset;
    layout.style({ size: titleSize, bold: true });
    layout.line(item.title, x, x + width, layout.y + titleSize, layout.doc.rtl ? 'rtl' : 'ltr');
    item.draw(pen, { x, y: layout.y + layout.lineHeight(titleSize), width, height: item.height });
  });
  layout.y += height + 8;
}

function makePen(layout: Layout): PdfPen {
  return {
    rtl: layout.doc.rtl,
    rect(box: PdfBox, { fill, stroke, lineWidth }) {
      if (fill) layout.pdf.setFillColor(fill);
      if (stroke) {
        layout.pdf.setDrawColor(stroke);
        layout.pdf.setLineWidth(lineWidth ?? 0.5);
      }
      layout.pdf.rect(
        box.x,
        box.y,
        box.width,
        box.height,
        fill && stroke ? 'FD' : fill ? 'F' : 'S',
      );
    },
    line(x1, y1, x2, y2, color, lineWidth = 0.5) {
      layout.pdf.setDrawColor(color);
      layout.pdf.setLineWidth(lineWidth);
      layout.pdf.line(x1, y1, x2, y2);
    },
    triangle(x, y, size, fill) {
      layout.pdf.setFillColor(fill);
      layout.pdf.triangle(x - size / 2, y - size, x + size / 2, y - size, x, y, 'F');
    },
    text(text, x, y, { size = 8, bold, color, anchor = 'left' } = {}) {
      layout.style({ size, bold, color });
      const width = layout.measure(text);
      const x1 = anchor === 'left' ? x : anchor === 'right' ? x - width : x - width / 2;
      layout.line(
        text,
        x1,
        x1 + width,
        y,
        firstStrongDirection(text) ?? (layout.doc.rtl ? 'rtl' : 'ltr'),
      );
    },
    textWidth(text, size, bold) {
      layout.style({ size, bold });
      return layout.measure(text);
    },
  };
}

function pageFurniture(layout: Layout) {
  const pages = layout.pdf.getNumberOfPages();
  const size = 7.5;
  const own = layout.doc.rtl ? 'rtl' : 'ltr';
  // The language's separator: in Persian a middle dot reads as the digit zero.
  const separator = `  ${(layout.doc.separator ?? '·').trim()}  `;
  for (let page = 1; page <= pages; page++) {
    layout.pdf.setPage(page);
    layout.style({ size, color: COLORS.muted });
    // The header's pieces (name, course, date) are drawn one by one from the start side,
    // so a Latin name in a Persian header keeps its own order.
    const pieces = layout.doc.header.filter(Boolean);
    const widths = pieces.map((piece) => layout.measure(piece));
    const separatorWidth = layout.measure(separator);
    const total =
      widths.reduce((sum, width) => sum + width, 0) + separatorWidth * (pieces.length - 1);
    let x = (layout.width - total) / 2;
    const ordered = own === 'rtl' ? [...pieces.keys()].reverse() : [...pieces.keys()];
    ordered.forEach((index, position) => {
      const piece = pieces[index]!;
      layout.line(
        piece,
        x,
        x + widths[index]!,
        MARGIN.top - 18,
        firstStrongDirection(piece) ?? own,
      );
      x += widths[index]!;
      if (position < ordered.length - 1) {
        layout.line(separator.trim(), x, x + separatorWidth, MARGIN.top - 18, own, 'center');
        x += separatorWidth;
      }
    });
    layout.pdf.setDrawColor(COLORS.line);
    layout.pdf.setLineWidth(0.5);
    layout.pdf.line(layout.left, MARGIN.top - 12, layout.right, MARGIN.top - 12);
    layout.line(
      layout.doc.pageLabel(page, pages),
      layout.left,
      layout.right,
      layout.height - MARGIN.bottom + 24,
      own,
      'center',
    );
  }
}

/** Lays the document out and returns the PDF file. */
export function renderPdf(doc: PdfDocument, fonts: PdfFonts): Blob {
  const layout = new Layout(doc, fonts);
  doc.blocks.forEach((block, index) => {
    const next = doc.blocks[index + 1];
    switch (block.type) {
      case 'heading':
        heading(layout, block, next);
        break;
      case 'paragraph':
        layout.paragraph(
          block.text,
          { size: block.small ? 7.5 : BODY_SIZE, color: block.muted ? COLORS.muted : COLORS.text },
          { userText: block.userText },
        );
        break;
      case 'fields':
        fields(layout, block);
        break;
      case 'callout':
        callout(layout, block);
        break;
      case 'list':
        list(layout, block);
        break;
      case 'table':
        table(layout, block);
        break;
      case 'drawings':
        drawings(layout, block.items);
        break;
      case 'pageBreak':
        layout.newPage();
        break;
    }
  });
  pageFurniture(layout);
  return layout.pdf.output('blob');
}
