// The one CSV module: every CSV the app writes (assessments, workshops) and reads
// (participants' results into a workshop) goes through here, so quoting, decimals, the
// byte-order mark, formula defusing and the shared column names are decided once.
// papaparse does the quoting and parsing; nothing else imports it.
//
// Formula defusing follows OWASP's CSV injection guidance: every cell is wrapped in
// double quotes (inner quotes doubled), and a text cell that a spreadsheet could take as
// a formula gets a leading apostrophe. "Could take" is decided on the first visible
// character, after any white space, line breaks (including U+2028/U+2029), control and
// format characters, because spreadsheets trim or skip these; a cell that starts with a
// tab, carriage return or line feed is defused whatever follows. papaparse's own
// `escapeFormulae` misses a formula followed by a line break, so it is not used.
// Defusing is reversible: reading a cell takes off exactly the apostrophe writing added,
// so text (even text that starts with apostrophes) survives export → import unchanged.
// Numbers are written by the app itself (answers, averages), never defused.

import Papa from 'papaparse';

/**
 * Makes spreadsheet programs read the file as UTF-8, so Persian and Slovak names survive.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const CSV_BOM = '\uFEFF';

/** Column names shared by every CSV the app writes and reads. */
export const CSV_COLUMN = {
  id: 'id',
  business: 'business',
  respondent: 'respondent',
  label: 'label',
  fingerprint: 'fingerprint',
  resultId: 'resultId',
  completed: 'completed',
} as const;

/** A cell: text (defused when needed), a number (written with csvDecimal) or nothing. */
export type CsvCell = string | number | null | undefined;

const DECIMALS = 10_000;

/**
 * A number for spreadsheets: '.' as decimal separator, at most four decimals, no
 * grouping. Averages are exact multiples of 1/60; four decimals keep them readable.
 */
export function csvDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const rounded = Math.round(value * DECIMALS) / DECIMALS;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Characters that start a formula in Excel, LibreOffice, Numbers or Google Sheets. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63]/u;
/** What a spreadsheet may skip before the first visible character. */
const SKIPPED = /^[\s\p{Cc}\p{Cf}\p{Z}]+/u;

/**
 * True when a spreadsheet could read this text as a formula.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function looksLikeFormula(text: string): boolean {
  if (/^[\t\r\n]/.test(text)) return true;
  return FORMULA_START.test(text.replace(SKIPPED, ''));
}

/**
 * The text as written to a cell: an apostrophe in front when the text (ignoring the
 * apostrophes it already starts with) could be read as a formula.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function defuseCell(text: string): string {
  return looksLikeFormula(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/**
 * The inverse of `defuseCell`, used when reading a cell back.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function undefuseCell(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.replace(/^'+/, '')) ? text.slice(1) : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvDecimal(cell);
  return defuseCell(cell);
}

/**
 * CSV text with a byte-order mark, a header row and CRLF line ends; every cell quoted,
 * text cells defused.
 */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return (
    CSV_BOM +
    Papa.unparse(
      { fields: columns.map(cellText), data: rows.map((row) => row.map(cellText)) },
      { quotes: true, newline: '\r\n', escapeFormulae: false },
    )
  );
}

export type CsvTable = {
  /** Header names, trimmed. */
  readonly columns: readonly string[];
  /** One record per data row, by column name; cells are undefused, not trimmed. */
  readonly rows: readonly Readonly<Record<string, string>>[];
};

/** Reads CSV text with a header row (a leading byte-order mark is ignored). */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => undefuseCell(header.trim()),
    transform: (value) => undefuseCell(value),
  });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}
