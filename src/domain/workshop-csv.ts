// A workshop as CSV, both ways (SPEC §4 Workshop, issue 12): the trainer's export (one
// row per participant plus a summary row; columns keyed by stable ids) and the import of
// participants' results from a CSV with one column per statement — the workshop export
// itself, the assessments export of Settings, or a hand-made sheet. Writing and reading
// share the column names of csv.ts, so what the app writes it reads back unchanged.

import { meanCut, type Distribution, type GroupAggregate } from './aggregate';
import { CSV_COLUMN, readCsv, writeCsv, type CsvCell } from './csv';
import { ITEM_IDS, SECTION_IDS, isAnswerValue, type Answers } from './instrument';
import { scoreAnswers } from './scoring';
import { ASCII_ID } from './fields';
import { resultIdFor } from './share-code';
import { isoTimestamp } from './timestamps';
import {
  MAX_FINGERPRINT,
  MAX_PARTICIPANTS,
  cleanLabel,
  fingerprintFor,
  labelFor,
  occurrenceFingerprints,
  type ParticipantCandidate,
  type WorkshopParticipant,
} from './workshop';

const WORKSHOP_CSV_COLUMNS = [
  'participant',
  CSV_COLUMN.label,
  CSV_COLUMN.fingerprint,
  'source',
  'addedAt',
  'total',
  'band',
  ...SECTION_IDS,
  ...ITEM_IDS,
] as const;

/** Decimals of the group means in the summary row, cut toward their band (aggregate.ts). */
const SUMMARY_DECIMALS = 4;

export function workshopCsv(
  participants: readonly WorkshopParticipant[],
  group: GroupAggregate,
  summaryLabel: string,
): string {
  const rows: CsvCell[][] = participants.map((participant, index) => {
    const score = scoreAnswers(participant.answers);
    return [
      index + 1,
      participant.label,
      participant.fingerprint,
      participant.source,
      isoTimestamp(participant.addedAt),
      score.total,
      score.band,
      ...score.sections.map((section) => section.average),
      ...ITEM_IDS.map((id) => participant.answers[id]),
    ];
  });
  const mean = (distribution: Pick<Distribution, 'sumSixtieths'> | undefined) =>
    distribution && meanCut(distribution, group.participants, SUMMARY_DECIMALS);
  const summary: CsvCell[] = [
    'summary',
    summaryLabel,
    '',
    '',
    '',
    mean(group.total),
    group.total?.meanBand,
    ...SECTION_IDS.map((id) => mean(group.sections.find((s) => s.sectionId === id))),
    ...ITEM_IDS.map(() => ''),
  ];
  return writeCsv(WORKSHOP_CSV_COLUMNS, [...rows, summary]);
}

export type CsvProblem =
  | { kind: 'csvNoItems'; columns: string[] }
  | { kind: 'csvRow'; row: number; column: string; value: string }
  | { kind: 'csvEmpty' }
  | { kind: 'csvTooMany'; rows: number; max: number };

const HEX16 = /^[0-9a-f]{16}$/;

/**
 * Reads a CSV whose header names the 25 statement ids. Rows with no answers at all
 * (such as a summary row) are skipped, and so are unfinished assessments of an
 * assessments export (an empty `completed` cell); any other row must answer every
 * statement with 1–5, or the whole file is refused. A row's identity (its fingerprint) is, in order: the
 * `fingerprint` column (the workshop export), a 16-hex-digit `resultId`, or the `id` of
 * an assessments export; a row with none of these is identified by this file's content
 * and its row number, so two people with the same answers stay two participants while
 * importing the same file twice adds nobody twice.
 */
export function candidatesFromCsv(
  text: string,
): { ok: true; candidates: ParticipantCandidate[] } | { ok: false; problems: CsvProblem[] } {
  const table = readCsv(text);
  const missing = ITEM_IDS.filter((id) => !table.columns.includes(id));
  if (missing.length > 0)
    return { ok: false, problems: [{ kind: 'csvNoItems', columns: missing }] };

  const rowFingerprint = occurrenceFingerprints('csv', text);
  const unfinishedMarked = table.columns.includes(CSV_COLUMN.completed);
  const candidates: ParticipantCandidate[] = [];
  const problems: CsvProblem[] = [];
  table.rows.forEach((row, index) => {
    const rowNumber = index + 2; // 1-based, after the header line
    const cells = ITEM_IDS.map((id) => (row[id] ?? '').trim());
    if (cells.every((cell) => cell === '')) return;
    if (unfinishedMarked && (row[CSV_COLUMN.completed] ?? '').trim() === '') return;
    const answers: Answers = {};
    ITEM_IDS.forEach((id, itemIndex) => {
      const cell = cells[itemIndex]!;
      const value = Number(cell);
      if (cell === '' || !isAnswerValue(value)) {
        problems.push({ kind: 'csvRow', row: rowNumber, column: id, value: cell || '""' });
      } else {
        answers[id] = value;
      }
    });
    const written = (row[CSV_COLUMN.fingerprint] ?? '').trim();
    // A fingerprint the app did not write (not ASCII, too long) is ignored, not trusted.
    const given = written.length <= MAX_FINGERPRINT && ASCII_ID.test(written) ? written : '';
    const resultId = (row[CSV_COLUMN.resultId] ?? '').trim().toLowerCase();
    const assessmentId = (row[CSV_COLUMN.id] ?? '').trim();
    const fingerprint = given
      ? given
      : HEX16.test(resultId)
        ? fingerprintFor(resultId)
        : assessmentId
          ? fingerprintFor(resultIdFor(assessmentId))
          : rowFingerprint(rowNumber);
    const label = cleanLabel(row[CSV_COLUMN.label] ?? '');
    candidates.push({
      fingerprint,
      label:
        label ||
        labelFor({
          businessName: row[CSV_COLUMN.business],
          respondent: row[CSV_COLUMN.respondent],
        }),
      answers,
      source: 'csv',
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (candidates.length === 0) return { ok: false, problems: [{ kind: 'csvEmpty' }] };
  if (candidates.length > MAX_PARTICIPANTS)
    return {
      ok: false,
      problems: [{ kind: 'csvTooMany', rows: candidates.length, max: MAX_PARTICIPANTS }],
    };
  return { ok: true, candidates };
}
