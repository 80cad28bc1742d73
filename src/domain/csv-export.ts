// The assessments as CSV for spreadsheets (SPEC §6): one row per assessment with its
// fields, the 25 answers by statement id, the seven section averages, total and band.
// Quoting is left to papaparse; a byte-order mark makes spreadsheet programs read the
// file as UTF-8, so Persian and Slovak names survive.

import Papa from 'papaparse';
import type { Assessment } from './assessment';
import { ITEM_IDS, SECTION_IDS } from './instrument';
import { scoreAnswers } from './scoring';

/** @internal Exported for its unit test only (knip --production checks the rest). */
export const CSV_BOM = '\uFEFF';

const CSV_COLUMNS = [
  'id',
  'business',
  'respondent',
  'context',
  'locale',
  'created',
  'completed',
  ...ITEM_IDS,
  ...SECTION_IDS.map((sectionId) => `${sectionId}.average`),
  'total',
  'band',
] as const;

/** Averages and totals are exact multiples of 1/60; four decimals keep them readable. */
function decimal(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 10_000) / 10_000);
}

function isoTime(timestamp: number | null): string {
  return timestamp === null ? '' : new Date(timestamp).toISOString();
}

function assessmentRow(assessment: Assessment): string[] {
  const score = scoreAnswers(assessment.answers);
  return [
    assessment.id,
    assessment.businessName,
    assessment.respondent,
    assessment.context,
    assessment.locale,
    isoTime(assessment.createdAt),
    isoTime(assessment.completedAt),
    ...ITEM_IDS.map((itemId) => String(assessment.answers[itemId] ?? '')),
    ...score.sections.map((section) => decimal(section.average)),
    decimal(score.total),
    score.band ?? '',
  ];
}

/**
 * CSV text with a header row and a byte-order mark. Cells that a spreadsheet would run
 * as a formula (starting with =, +, -, @) are prefixed with a quote mark.
 */
export function assessmentsToCsv(assessments: readonly Assessment[]): string {
  return (
    CSV_BOM +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data: assessments.map(assessmentRow) },
      { quotes: false, newline: '\r\n', escapeFormulae: true },
    )
  );
}
