// The assessments as CSV for spreadsheets (SPEC §6): one row per assessment with its
// fields, the 25 answers by statement id, the seven section averages, total and band.
// Quoting, decimals, the byte-order mark and formula defusing come from csv.ts; the
// column names it shares with the workshop CSV import (`id`, `business`, `respondent`)
// are csv.ts's, so a trainer can import this file into a workshop.

import type { Assessment } from './assessment';
import { CSV_COLUMN, writeCsv, type CsvCell } from './csv';
import { ITEM_IDS, SECTION_IDS } from './instrument';
import { scoreAnswers } from './scoring';
import { isoTimestamp } from './timestamps';

const CSV_COLUMNS = [
  CSV_COLUMN.id,
  CSV_COLUMN.business,
  CSV_COLUMN.respondent,
  'context',
  'locale',
  'created',
  CSV_COLUMN.completed,
  ...ITEM_IDS,
  ...SECTION_IDS.map((sectionId) => `${sectionId}.average`),
  'total',
  'band',
] as const;

function assessmentRow(assessment: Assessment): CsvCell[] {
  const score = scoreAnswers(assessment.answers);
  return [
    assessment.id,
    assessment.businessName,
    assessment.respondent,
    assessment.context,
    assessment.locale,
    isoTimestamp(assessment.createdAt),
    isoTimestamp(assessment.completedAt),
    ...ITEM_IDS.map((itemId) => assessment.answers[itemId]),
    ...score.sections.map((section) => section.average),
    score.total,
    score.band,
  ];
}

/** CSV text with a byte-order mark and a header row; every text cell defused (csv.ts). */
export function assessmentsToCsv(assessments: readonly Assessment[]): string {
  return writeCsv(CSV_COLUMNS, assessments.map(assessmentRow));
}
