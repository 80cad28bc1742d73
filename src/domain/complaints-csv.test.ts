import { describe, expect, it } from 'vitest';
import { emptyComplaintFields, type Complaint } from './complaints';
import { COMPLAINT_CSV_COLUMNS, complaintsToCsv } from './complaints-csv';
import { readCsv } from './csv';

const T = Date.UTC(2026, 2, 3, 10, 0);

function complaint(id: string, overrides: Partial<Complaint> = {}): Complaint {
  return {
    id,
    businessName: 'Corner Bakery',
    context: '',
    ...emptyComplaintFields(T, {
      summary: 'Late',
      channel: 'email',
      category: 'lateDelivery',
      customCategory: '',
    }),
    status: 'open',
    resolvedAt: null,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

/** The file as read back by the CSV module: header row, then each row's cells in order. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const table = readCsv(csv);
  return [[...table.columns], ...table.rows.map((row) => table.columns.map((c) => row[c] ?? ''))];
}

describe('complaints CSV', () => {
  it('is a header row only for an empty log', () => {
    const rows = parse(complaintsToCsv([], { includePersonal: false }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toContain('customerName');
    expect(rows[0]).toContain('summary');
  });

  it('has one row per complaint, oldest first, with every field', () => {
    const rows = parse(
      complaintsToCsv(
        [
          complaint('b', {
            receivedAt: T + 1,
            category: 'custom',
            customCategory: 'Parking, back yard',
            summary: 'Line one\nline "two"',
            fixedOnTheSpot: true,
            customerSatisfied: false,
            recoverySteps: ['listen', 'apologise'],
            status: 'resolved',
            resolvedAt: T + 1 + 36 * 3_600_000,
            customerName: 'Ana',
            customerContact: 'ana@example.com',
          }),
          complaint('a', { promisedDate: '2026-03-06' }),
        ],
        { includePersonal: true },
      ),
    );
    expect(rows[0]).toEqual([...COMPLAINT_CSV_COLUMNS]);
    const record = (row: string[]) =>
      Object.fromEntries(COMPLAINT_CSV_COLUMNS.map((column, index) => [column, row[index]]));
    expect(record(rows[1]!)).toMatchObject({
      id: 'a',
      received: '2026-03-03T10:00:00.000Z',
      category: 'lateDelivery',
      promisedDate: '2026-03-06',
      fixedOnTheSpot: 'no',
      customerSatisfied: '',
      status: 'open',
      resolved: '',
      daysToResolve: '',
    });
    expect(record(rows[2]!)).toMatchObject({
      id: 'b',
      category: 'Parking, back yard',
      summary: 'Line one\nline "two"',
      customerName: 'Ana',
      customerContact: 'ana@example.com',
      fixedOnTheSpot: 'yes',
      customerSatisfied: 'no',
      recoverySteps: 'listen apologise',
      status: 'resolved',
      daysToResolve: '1.5',
    });
  });

  it('leaves out names and contacts unless asked', () => {
    const csv = complaintsToCsv([complaint('a', { customerName: 'Ana Novak' })], {
      includePersonal: false,
    });
    expect(csv).not.toContain('Ana Novak');
    expect(parse(csv)[0]).not.toContain('customerContact');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'defuses a cell that a spreadsheet would run: %j',
    (dangerous) => {
      const csv = complaintsToCsv([complaint('a', { summary: dangerous, solution: dangerous })], {
        includePersonal: true,
      });
      // Written with a leading apostrophe, so no spreadsheet runs it…
      expect(csv).toContain(`"'${dangerous.replace(/"/g, '""')}"`);
      // …and read back by the app exactly as typed.
      const summary = parse(csv)[1]![COMPLAINT_CSV_COLUMNS.indexOf('summary')]!;
      expect(summary).toBe(dangerous);
    },
  );
});
