// The trainer's workshop CSV: one row per participant, then a summary row whose means are
// cut (not rounded) toward their band; and what it writes, the import reads back.
import { describe, expect, it } from 'vitest';
import { aggregateResults } from './aggregate';
import { readCsv } from './csv';
import { ITEM_IDS, SECTION_IDS, type AnswerValue } from './instrument';
import type { CompleteAnswers } from './share-code';
import type { WorkshopParticipant } from './workshop';
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
const csv = workshopCsv(group, aggregateResults(group.map((p) => p.answers)), 'Group mean');
const table = readCsv(csv);
const cells = (row: Readonly<Record<string, string>>) => table.columns.map((column) => row[column]);

describe('workshopCsv', () => {
  it('writes a header, one row per participant and the summary row', () => {
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
    const read = candidatesFromCsv(csv);
    expect(read.ok && read.candidates.map((c) => [c.fingerprint, c.label, c.answers])).toEqual(
      group.map((p) => [p.fingerprint, p.label, p.answers]),
    );
  });
});
