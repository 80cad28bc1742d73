// The complaint log as CSV for spreadsheets (issue 17): one row per complaint with every
// field. Customers' names and contacts are personal data and are left out unless asked
// for. Written through the one CSV module (domain/csv.ts): quoting, byte-order mark and
// formula defusing are decided there.

import { categoryKey, daysToResolve, type Complaint } from './complaints';
import { CSV_COLUMN, csvDecimal, writeCsv } from './csv';
import { isoTimestamp } from './timestamps';

const PERSONAL_COLUMNS = ['customerName', 'customerContact'] as const;

/**
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const COMPLAINT_CSV_COLUMNS = [
  CSV_COLUMN.id,
  CSV_COLUMN.business,
  'context',
  'received',
  'channel',
  'category',
  'summary',
  ...PERSONAL_COLUMNS,
  'receivedBy',
  'solution',
  'fixedOnTheSpot',
  'promisedDate',
  'actionTaken',
  'escalated',
  'escalatedTo',
  'followUpDate',
  'followUpHow',
  'customerSatisfied',
  'compensation',
  'prevention',
  'recoverySteps',
  'status',
  'resolved',
  'daysToResolve',
] as const;

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

function complaintRow(complaint: Complaint): Record<string, string> {
  const days = daysToResolve(complaint);
  return {
    id: complaint.id,
    business: complaint.businessName,
    context: complaint.context,
    received: isoTimestamp(complaint.receivedAt),
    channel: complaint.channel,
    category: complaint.category === 'custom' ? complaint.customCategory : categoryKey(complaint),
    summary: complaint.summary,
    customerName: complaint.customerName,
    customerContact: complaint.customerContact,
    receivedBy: complaint.receivedBy,
    solution: complaint.solution,
    fixedOnTheSpot: yesNo(complaint.fixedOnTheSpot),
    promisedDate: complaint.promisedDate ?? '',
    actionTaken: complaint.actionTaken,
    escalated: yesNo(complaint.escalated),
    escalatedTo: complaint.escalatedTo,
    followUpDate: complaint.followUpDate ?? '',
    followUpHow: complaint.followUpHow,
    customerSatisfied: yesNo(complaint.customerSatisfied),
    compensation: complaint.compensation,
    prevention: complaint.prevention,
    recoverySteps: complaint.recoverySteps.join(' '),
    status: complaint.status,
    resolved: isoTimestamp(complaint.resolvedAt),
    daysToResolve: days === null ? '' : csvDecimal(Math.round(days * 100) / 100),
  };
}

/** CSV text, oldest complaint first, with a header row and a byte-order mark. */
export function complaintsToCsv(
  complaints: readonly Complaint[],
  options: { includePersonal: boolean },
): string {
  const columns = COMPLAINT_CSV_COLUMNS.filter(
    (column) =>
      options.includePersonal || !(PERSONAL_COLUMNS as readonly string[]).includes(column),
  );
  const ordered = [...complaints].sort(
    (a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id),
  );
  return writeCsv(
    columns,
    ordered.map((complaint) => {
      const row = complaintRow(complaint);
      return columns.map((column) => row[column] ?? '');
    }),
  );
}
