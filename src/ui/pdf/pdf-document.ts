// A small document model for one-click PDFs (the report, and any other printable
// document): a flow of blocks that src/ui/pdf/pdf-renderer.ts lays out on A4 or Letter
// pages with a running header and page numbers. Text is given in logical order, already
// translated and formatted; the renderer shapes Persian and orders right-to-left runs.
// This file has no heavy imports, so screens can build a document before the PDF code
// is loaded.

export type PdfPaper = 'a4' | 'letter';
export type PdfTone = 'asset' | 'adequate' | 'atRisk' | 'neutral';

/** A table column: its share of the width, alignment and whether it holds user text. */
export type PdfColumn = {
  header: string;
  /** Relative width (the shares of all columns are added up). */
  width: number;
  align?: 'start' | 'end';
  /** Keep the cell on one line (dates, numbers). */
  nowrap?: boolean;
  /** Typed by the user: its direction follows its first letter, not the document's. */
  userText?: boolean;
};

export type PdfRow = { cells: string[]; highlight?: boolean } | { group: string };

/** A box in page coordinates (points, origin top-left). */
export type PdfBox = { x: number; y: number; width: number; height: number };

/** What a drawing may do: shapes in page coordinates and short labels. */
export type PdfPen = {
  readonly rtl: boolean;
  rect(box: PdfBox, style: { fill?: string; stroke?: string; lineWidth?: number }): void;
  line(x1: number, y1: number, x2: number, y2: number, color: string, lineWidth?: number): void;
  /** A filled triangle pointing down, its tip at (x, y). */
  triangle(x: number, y: number, size: number, fill: string): void;
  /** A label whose baseline is at y; `anchor` is the physical side x refers to. */
  text(
    text: string,
    x: number,
    y: number,
    options?: {
      size?: number;
      bold?: boolean;
      color?: string;
      anchor?: 'left' | 'center' | 'right';
    },
  ): void;
  textWidth(text: string, size: number, bold?: boolean): number;
};

export type PdfDrawing = {
  title: string;
  height: number;
  draw: (pen: PdfPen, box: PdfBox) => void;
};

export type PdfBlock =
  | { type: 'heading'; text: string; level: 1 | 2 | 3 }
  | { type: 'paragraph'; text: string; muted?: boolean; small?: boolean; userText?: boolean }
  /** Label–value pairs in a grid (a cover block); values are user text. */
  | { type: 'fields'; columns: number; fields: { term: string; value: string }[] }
  /** A coloured box with a title, key figures on one line and a sentence. */
  | {
      type: 'callout';
      tone: PdfTone;
      title: string;
      figures: { label: string; value: string }[];
      text: string;
    }
  | { type: 'list'; ordered: boolean; items: { text: string; children?: string[] }[] }
  | {
      type: 'table';
      caption?: string;
      columns: PdfColumn[];
      rows: PdfRow[];
      /** Move the whole table (and the heading before it) to the next page when it would
       * be split but fits on one page. */
      keepTogether?: boolean;
    }
  /** Drawings side by side, sharing the width equally. */
  | { type: 'drawings'; items: PdfDrawing[] }
  | { type: 'pageBreak' };

export type PdfDocument = {
  title: string;
  /** BCP 47 language of the document's own text (sets the PDF's /Lang). */
  language: string;
  rtl: boolean;
  paper: PdfPaper;
  /** Pieces of the running header (e.g. name, course, date), each kept as a unit. */
  header: string[];
  /** What stands between the header's pieces (the language's; "·" when not given). */
  separator?: string;
  pageLabel: (page: number, pages: number) => string;
  formatInteger: (value: number) => string;
  blocks: PdfBlock[];
};

/** Letter for the Americas' letter-size countries, A4 everywhere else. */
export function defaultPaper(locale: string): PdfPaper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR'].includes(region)
    ? 'letter'
    : 'a4';
}
