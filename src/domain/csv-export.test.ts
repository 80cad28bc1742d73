import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import { CSV_BOM } from './csv';
import { assessmentsToCsv } from './csv-export';
import { resultIdFor } from './share-code';
import { fingerprintFor } from './workshop';
import { candidatesFromCsv } from './workshop-csv';
import { ITEM_IDS, SECTION_IDS, type AnswerValue } from './instrument';

function assessment(overrides: Partial<Assessment>, fill?: AnswerValue): Assessment {
  return {
    id: 'a-1',
    businessName: '',
    respondent: '',
    context: '',
    locale: 'en',
    answers: fill ? Object.fromEntries(ITEM_IDS.map((id) => [id, fill])) : {},
    notes: {},
    createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    completedAt: fill ? Date.UTC(2025, 0, 3) : null,
    ...overrides,
  };
}

function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    skipEmptyLines: true,
    delimiter: ',',
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('assessmentsToCsv', () => {
  it('has one column per field, answer, section average, total and band', () => {
    const [header] = parse(assessmentsToCsv([]));
    expect(header).toHaveLength(7 + 25 + 7 + 2);
    expect(header!.slice(0, 7)).toEqual([
      'id',
      'business',
      'respondent',
      'context',
      'locale',
      'created',
      'completed',
    ]);
    expect(header).toContain('culture.1');
    expect(header).toContain('improvement.average');
    expect(header!.slice(-2)).toEqual(['total', 'band']);
  });

  it('imports into a workshop: same identity, business and respondent as the label', () => {
    // Different answers per statement, so a renamed or reordered statement column fails.
    const mixed = Object.fromEntries(
      ITEM_IDS.map((id, index) => [id, ((index % 5) + 1) as AnswerValue]),
    );
    const rows = [
      assessment({ id: 'x-1', businessName: '=Café, "Ltd"', respondent: 'سارا' }, 4),
      assessment({ id: 'x-2', businessName: 'Solo', answers: mixed, completedAt: 1_000 }),
      assessment({ id: 'x-3' }), // unfinished: no answers, skipped by the import
    ];
    const read = candidatesFromCsv(assessmentsToCsv(rows));
    expect(read).toEqual({
      ok: true,
      candidates: [
        {
          fingerprint: fingerprintFor(resultIdFor('x-1')),
          label: '=Café, "Ltd" — سارا',
          answers: rows[0]!.answers,
          source: 'csv',
        },
        {
          fingerprint: fingerprintFor(resultIdFor('x-2')),
          label: 'Solo',
          answers: rows[1]!.answers,
          source: 'csv',
        },
      ],
    });
  });

  it.each([
    ['commas', 'Bakery, Cafe & Co', 'Ana, Ben', 'BUS 210, group 2'],
    ['quotes', 'The "Best" Shop', "O'Neil", '"quoted" context'],
    ['newlines', 'Line one\nLine two', 'Ana\r\nBen', 'a\n\nb'],
    ['Persian text', 'نانوایی سحر، تهران', 'سارا «رضایی»', 'درس مدیریت'],
    ['Slovak text', 'Pekáreň u Jána', 'Ľudmila Šťastná', 'Kurz č. 3'],
  ])('parses back to the same values with %s', (_label, businessName, respondent, context) => {
    const rows = [
      assessment({ id: 'x-1', businessName, respondent, context, locale: 'fa' }, 4),
      assessment({ id: 'x-2', businessName: respondent, respondent: context }),
    ];
    const [header, first, second] = parse(assessmentsToCsv(rows));
    const byColumn = (row: string[] | undefined) =>
      Object.fromEntries(header!.map((column, index) => [column, row![index]]));
    expect(byColumn(first)).toMatchObject({
      id: 'x-1',
      business: businessName,
      respondent,
      context,
      locale: 'fa',
      created: '2025-01-02T03:04:05.000Z',
      completed: '2025-01-03T00:00:00.000Z',
      'culture.1': '4',
      'staff.average': '4',
      total: '28',
      band: 'asset',
    });
    expect(byColumn(second)).toMatchObject({
      id: 'x-2',
      business: respondent,
      respondent: context,
      completed: '',
      'culture.1': '',
      total: '',
      band: '',
    });
  });

  it('writes exact averages and totals with four decimals at most', () => {
    const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3])) as Assessment['answers'];
    answers['feedback.3'] = 2; // feedback 8/3
    answers['staff.5'] = 4; // staff 16/5
    const [header, row] = parse(
      assessmentsToCsv([assessment({ answers, completedAt: Date.UTC(2025, 0, 3) })]),
    );
    const value = (column: string) => row![header!.indexOf(column)];
    expect(value('feedback.average')).toBe('2.6667');
    expect(value('staff.average')).toBe('3.2');
    expect(value('total')).toBe('20.8667');
    expect(value('band')).toBe('atRisk');
    for (const sectionId of SECTION_IDS) expect(value(`${sectionId}.average`)).not.toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = assessmentsToCsv([assessment({ businessName: '=HYPERLINK("http://x")' })]);
    const [, row] = parse(csv);
    expect(row![1]).toBe('\'=HYPERLINK("http://x")');
  });
});
