import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvDecimal,
  defuseCell,
  looksLikeFormula,
  readCsv,
  undefuseCell,
  writeCsv,
} from './csv';

/**
 * An independent model of the spreadsheets (OWASP's CSV injection list): a cell is run
 * as a formula when it starts with = + - @ (or their full-width forms), or with a tab or
 * a line break, after any white space, control or format characters the program skips.
 */
function spreadsheetRunsAsFormula(cell: string): boolean {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return false; // a plain number is read as a number
  if (/^[\t\r\n]/.test(cell)) return true;
  const visible = cell.replace(/^[\s\p{Cc}\p{Cf}\p{Z}]+/u, '');
  return /^[=+\-@＝＋－＠﹢﹣]/u.test(visible);
}

/** Text built to attack a spreadsheet: formula starts after blanks, breaks and controls. */
const hostileText = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\u2028',
        '\u2029',
        '\u00A0',
        '\u200B',
        '\u202E',
        '\uFEFF',
        '\u0000',
        "'",
      ),
      { maxLength: 4 },
    ),
    fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '', 'a'),
    fc.constantFrom('1+1', 'HYPERLINK("http://x")', "cmd|'/c calc'!A1", 'SUM(A1:A9)', ''),
    fc.array(fc.constantFrom('\n', '\r\n', '\u2028', ',', ';', '"', '=1+1'), { maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  )
  .map(([lead, sign, body, tail, rest]) => lead.join('') + sign + body + tail.join('') + rest);

const anyText = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

function parseCells(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    newline: '\r\n',
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('formula defusing (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
    ['=1+1\r\n', "'=1+1\r\n"],
    ['=1+1\u2028x', "'=1+1\u2028x"],
    ['=1+1\u2029x', "'=1+1\u2029x"],
    ['  =1+1', "'  =1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\tplain', "'\tplain"],
    ['\rplain', "'\rplain"],
    ['\u00A0\u200B=1', "'\u00A0\u200B=1"],
    ['\u202E=1', "'\u202E=1"],
    ['＝1+1', "'＝1+1"],
    ["'=1+1", "''=1+1"],
    ["''", "''"],
    ['Café = good', 'Café = good'],
    ['a-b', 'a-b'],
    ['', ''],
  ])('%j is written as %j and read back', (text, cell) => {
    expect(defuseCell(text)).toBe(cell);
    expect(undefuseCell(cell)).toBe(text);
  });

  it('no cell the module writes is ever a formula to a spreadsheet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((row) => row.length));
          const columns = Array.from({ length: width }, (_, index) => `c${index}`);
          const table = rows.map((row) => columns.map((_, index) => row[index] ?? ''));
          for (const row of parseCells(writeCsv(columns, table)))
            for (const cell of row) expect(spreadsheetRunsAsFormula(cell)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every text survives write → read unchanged (defusing is undone exactly)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 30 }), (texts) => {
        const columns = ['name', 'other'];
        const { rows } = readCsv(
          writeCsv(
            columns,
            texts.map((text) => [text, 'x']),
          ),
        );
        expect(rows.map((row) => row.name)).toEqual(texts);
      }),
      { numRuns: 300 },
    );
  });

  it('defuses at least everything the model runs as a formula', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (spreadsheetRunsAsFormula(text)) expect(looksLikeFormula(text)).toBe(true);
      }),
    );
    // Text that is a plain negative number is defused too (it is text, not our number).
    expect(looksLikeFormula('-1')).toBe(true);
  });
});

describe('writeCsv', () => {
  it('writes a BOM, quotes every cell, uses CRLF, and numbers as plain decimals', () => {
    const csv = writeCsv(['name', 'score', 'none'], [['Ana, "B"', 20.866666, null]]);
    expect(csv).toBe(`${CSV_BOM}"name","score","none"\r\n"Ana, ""B""","20.8667",""`);
  });

  it('never defuses the numbers it writes itself', () => {
    expect(parseCells(writeCsv(['n'], [[-2.5]]))[1]).toEqual(['-2.5']);
  });
});

describe('csvDecimal', () => {
  it.each([
    [28, '28'],
    [1252 / 60, '20.8667'],
    [8 / 3, '2.6667'],
    [3.2, '3.2'],
    [-0.00001, '0'],
    [undefined, ''],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s → %j', (value, text) => {
    expect(csvDecimal(value)).toBe(text);
  });
});

describe('readCsv', () => {
  it('ignores a BOM, trims header names and skips blank lines', () => {
    const table = readCsv(`${CSV_BOM} a ,b\r\n1,2\r\n\r\n,\r\n`);
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rows).toEqual([{ a: '1', b: '2' }]);
  });
});
