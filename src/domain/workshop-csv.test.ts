// The trainer's workshop CSV: one row per participant, then a summary row whose means are
// cut (not rounded) toward their band; and what it writes, the import reads back.
import { describe, expect, it } from 'vitest';
import { aggregateResults } from './aggregate';
import { readCsv } from './csv';
import { ITEM_IDS, SECTION_IDS, sectionOf, type AnswerValue } from './instrument';
import { resultIdFor, type CompleteAnswers } from './share-code';
import {
  MAX_PARTICIPANTS,
  fingerprintFor,
  occurrenceFingerprints,
  type WorkshopParticipant,
} from './workshop';
import { candidatesFromCsv, workshopCsv } from './workshop-csv';

function participant(n: number, value: AnswerValue): WorkshopParticipant {
  return {
    id: `p-${n}`,
    workshopId: 'w-1',
    fingerprint: `f:${n}`,
    label: n === 1 ? 'Ana' : null,
    answers: Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers,
    source: 'link',
    addedAt: Date.UTC(2026, 10, n),
  };
}

// Totals 35, 21 and 21: the group's mean is 25.666…, every section's 3.666….
const group = [participant(1, 5), participant(2, 3), participant(3, 3)];

// Written inside each test, not when this file is loaded: mutation testing (StrykerJS)
// changes the code under test only while a test runs, so a file written at load time
// would hide every change to the writer.
function exported() {
  const csv = workshopCsv(group, aggregateResults(group.map((p) => p.answers)), 'Group mean');
  const table = readCsv(csv);
  const cells = (row: Readonly<Record<string, string>>) =>
    table.columns.map((column) => row[column]);
  return { csv, table, cells };
}

describe('workshopCsv', () => {
  it('writes a header, one row per participant and the summary row', () => {
    const { table, cells } = exported();
    expect(table.columns).toEqual([
      'participant',
      'label',
      'fingerprint',
      'source',
      'addedAt',
      'total',
      'band',
      ...SECTION_IDS,
      ...ITEM_IDS,
    ]);
    expect(table.rows).toHaveLength(group.length + 1);
    expect(cells(table.rows[0]!).slice(0, 8)).toEqual([
      '1',
      'Ana',
      'f:1',
      'link',
      '2026-11-01T00:00:00.000Z',
      '35',
      'asset',
      '5',
    ]);
  });

  it('cuts the summary means to four decimals, toward the band, never rounding up', () => {
    const { table, cells } = exported();
    const summary = cells(table.rows[3]!);
    expect(summary.slice(0, 7)).toEqual([
      'summary',
      'Group mean',
      '',
      '',
      '',
      '25.6666',
      'adequate',
    ]);
    expect(summary.slice(7, 7 + SECTION_IDS.length)).toEqual(SECTION_IDS.map(() => '3.6666'));
    expect(summary.slice(7 + SECTION_IDS.length).every((cell) => cell === '')).toBe(true);
  });

  it('is read back by the import: the same people, answers and labels, the summary left out', () => {
    const { csv } = exported();
    const read = candidatesFromCsv(csv);
    expect(read.ok && read.candidates.map((c) => [c.fingerprint, c.label, c.answers])).toEqual(
      group.map((p) => [p.fingerprint, p.label, p.answers]),
    );
  });
});

describe('workshopCsv, section by section', () => {
  it('puts each section’s own mean in its own column', () => {
    // One participant answering section n with n (1–5, then 1, 2): each mean is exact.
    const answers = Object.fromEntries(
      ITEM_IDS.map((id) => [id, ((SECTION_IDS.indexOf(sectionOf(id)) % 5) + 1) as AnswerValue]),
    ) as CompleteAnswers;
    const one = { ...participant(1, 1), answers };
    const table = readCsv(workshopCsv([one], aggregateResults([answers]), 'Mean'));
    const summary = table.rows[1]!;
    expect(SECTION_IDS.map((id) => summary[id])).toEqual(['1', '2', '3', '4', '5', '1', '2']);
    expect(SECTION_IDS.map((id) => table.rows[0]![id])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      '2',
    ]);
    expect(ITEM_IDS.map((id) => table.rows[0]![id])).toEqual(
      ITEM_IDS.map((id) => String(answers[id])),
    );
  });

  it('writes an empty workshop as a summary row with nothing to average', () => {
    const table = readCsv(workshopCsv([], aggregateResults([]), 'Mean'));
    expect(table.rows).toHaveLength(1);
    const summary = table.rows[0]!;
    expect(summary['participant']).toBe('summary');
    expect([summary['total'], summary['band'], ...SECTION_IDS.map((id) => summary[id])]).toEqual([
      '',
      '',
      ...SECTION_IDS.map(() => ''),
    ]);
  });
});

/** A CSV with the given columns and rows (plain cells, comma-separated, no quoting needed). */
function sheet(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return [columns, ...rows].map((row) => row.join(',')).join('\n');
}

/** A row answering every statement with `value` (as text, so it can be anything). */
const answered = (value: string) => ITEM_IDS.map(() => value);
const all = (value: AnswerValue) =>
  Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;

describe('candidatesFromCsv', () => {
  it('refuses a sheet without a column for every statement, naming the missing ones', () => {
    const columns = ITEM_IDS.filter((id) => id !== 'culture.2' && id !== 'staff.5');
    expect(candidatesFromCsv(sheet(columns, [columns.map(() => '3')]))).toEqual({
      ok: false,
      problems: [{ kind: 'csvNoItems', columns: ['culture.2', 'staff.5'] }],
    });
  });

  it('names every bad cell by its line in the file and its statement, and adds nobody', () => {
    const good = answered('4');
    const bad = answered('4');
    bad[0] = '';
    bad[3] = '6';
    bad[7] = 'x';
    bad[12] = '  ';
    bad[24] = '2.5';
    const read = candidatesFromCsv(sheet(ITEM_IDS, [good, bad, good]));
    expect(read).toEqual({
      ok: false,
      problems: [
        { kind: 'csvRow', row: 3, column: ITEM_IDS[0], value: '""' },
        { kind: 'csvRow', row: 3, column: ITEM_IDS[3], value: '6' },
        { kind: 'csvRow', row: 3, column: ITEM_IDS[7], value: 'x' },
        { kind: 'csvRow', row: 3, column: ITEM_IDS[12], value: '""' },
        { kind: 'csvRow', row: 3, column: ITEM_IDS[24], value: '2.5' },
      ],
    });
  });

  it('reads answers with spaces around them', () => {
    const read = candidatesFromCsv(sheet(ITEM_IDS, [answered(' 5 ')]));
    expect(read.ok && read.candidates[0]!.answers).toEqual(all(5));
  });

  it('skips rows with no answers at all; a sheet of only those adds nobody', () => {
    const read = candidatesFromCsv(sheet(ITEM_IDS, [answered(''), answered('2'), answered(' ')]));
    expect(read.ok && read.candidates.map((c) => c.answers)).toEqual([all(2)]);
    expect(candidatesFromCsv(sheet(ITEM_IDS, [answered('')]))).toEqual({
      ok: false,
      problems: [{ kind: 'csvEmpty' }],
    });
  });

  it('skips the unfinished audits of an assessments export (an empty "completed" cell)', () => {
    const columns = ['id', 'completed', ...ITEM_IDS];
    const read = candidatesFromCsv(
      sheet(columns, [
        ['done', '2026-03-01T10:00:00.000Z', ...answered('3')],
        ['open', '', ...answered('3')],
        ['blank', '  ', ...answered('3')],
      ]),
    );
    expect(read.ok && read.candidates.map((c) => c.fingerprint)).toEqual([
      fingerprintFor(resultIdFor('done')),
    ]);
  });

  type RowIds = { fingerprint?: string; resultId?: string; id?: string };
  it.each<[string, RowIds, string]>([
    [
      'the fingerprint the app wrote',
      { fingerprint: 'result:0123456789abcdef' },
      'result:0123456789abcdef',
    ],
    ['a fingerprint of 200 characters', { fingerprint: 'f'.repeat(200) }, 'f'.repeat(200)],
    [
      'a result id (any case, spaces around) when the fingerprint is too long',
      { fingerprint: 'f'.repeat(201), resultId: ' 0123456789ABCDEF ' },
      fingerprintFor('0123456789abcdef'),
    ],
    [
      'a result id when the fingerprint is not plain ASCII',
      { fingerprint: 'résultat', resultId: '0123456789abcdef' },
      fingerprintFor('0123456789abcdef'),
    ],
    [
      'an assessment id (spaces around) when the result id is not 16 hex digits',
      { resultId: '0123456789abcdeg', id: ' a-7 ' },
      fingerprintFor(resultIdFor('a-7')),
    ],
  ])('identifies a row by %s', (_, given, expected) => {
    const columns = ['fingerprint', 'resultId', 'id', ...ITEM_IDS];
    const row = [given.fingerprint ?? '', given.resultId ?? '', given.id ?? '', ...answered('1')];
    const read = candidatesFromCsv(sheet(columns, [row]));
    expect(read.ok && read.candidates[0]!.fingerprint).toBe(expected);
  });

  it('tells apart two rows with nothing to identify them, and finds them again in the same file', () => {
    const text = sheet(ITEM_IDS, [answered('4'), answered('4')]);
    const first = candidatesFromCsv(text);
    const again = candidatesFromCsv(text);
    const fingerprints = first.ok ? first.candidates.map((c) => c.fingerprint) : [];
    // The file's content and the row's line: a CSV's own kind of identity.
    const byLine = occurrenceFingerprints('csv', text);
    expect(fingerprints).toEqual([byLine(2), byLine(3)]);
    expect(again.ok && again.candidates.map((c) => c.fingerprint)).toEqual(fingerprints);
    const other = candidatesFromCsv(sheet(ITEM_IDS, [answered('4'), answered('3')]));
    expect(other.ok && other.candidates[0]!.fingerprint).not.toBe(fingerprints[0]);
  });

  it('reads a row with its last cells left off as if they were empty', () => {
    const short = answered('3').slice(0, -1);
    expect(candidatesFromCsv(sheet(ITEM_IDS, [answered('3'), short]))).toEqual({
      ok: false,
      problems: [{ kind: 'csvRow', row: 3, column: ITEM_IDS[24], value: '""' }],
    });
    // No "completed" cell: an unfinished audit, skipped; no fingerprint cell: none given.
    const columns = [...ITEM_IDS, 'completed', 'fingerprint'];
    const text = sheet(columns, [[...answered('3'), 'done'], answered('2')]);
    const read = candidatesFromCsv(text);
    expect(read.ok && read.candidates.map((c) => [c.answers, c.fingerprint])).toEqual([
      [all(3), occurrenceFingerprints('csv', text)(2)],
    ]);
  });

  it('takes a fingerprint with spaces around it as written without them', () => {
    const columns = ['fingerprint', ...ITEM_IDS];
    const read = candidatesFromCsv(sheet(columns, [['  result:00ff  ', ...answered('1')]]));
    expect(read.ok && read.candidates[0]!.fingerprint).toBe('result:00ff');
  });

  it('labels a row by its label, else by its business and respondent, else not at all', () => {
    const columns = ['label', 'business', 'respondent', ...ITEM_IDS];
    const read = candidatesFromCsv(
      sheet(columns, [
        ['  Table 4 ', 'Kedai', 'Siti', ...answered('2')],
        ['', 'Kedai', 'Siti', ...answered('2')],
        ['', '', '', ...answered('2')],
      ]),
    );
    expect(read.ok && read.candidates.map((c) => c.label)).toEqual([
      'Table 4',
      'Kedai — Siti',
      null,
    ]);
    expect(read.ok && read.candidates.every((c) => c.source === 'csv')).toBe(true);
  });

  it('takes at most 10,000 participants from one file', () => {
    const rows = (count: number) => Array.from({ length: count }, () => answered('3'));
    const atLimit = candidatesFromCsv(sheet(ITEM_IDS, rows(MAX_PARTICIPANTS)));
    expect(atLimit.ok && atLimit.candidates).toHaveLength(MAX_PARTICIPANTS);
    expect(candidatesFromCsv(sheet(ITEM_IDS, rows(MAX_PARTICIPANTS + 1)))).toEqual({
      ok: false,
      problems: [{ kind: 'csvTooMany', rows: MAX_PARTICIPANTS + 1, max: MAX_PARTICIPANTS }],
    });
  });
});
