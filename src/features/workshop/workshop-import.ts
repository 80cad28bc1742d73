// Turning what a trainer pastes or selects into participant candidates: share links
// (anywhere in pasted chat lines, src/domain/pasted-links.ts), participants' result files, a workshop file, or a CSV with one
// column per statement. Nothing here writes; problems are returned per line or file so
// the screen can say exactly what was wrong and where.

import Papa from 'papaparse';
import { ITEM_IDS, isAnswerValue, type Answers } from '../../domain/instrument';
import { readPastedLinks, type PastedProblem } from '../../domain/pasted-links';
import { resultIdFor } from '../../domain/share-code';
import {
  candidateFromShared,
  fingerprintFor,
  labelFor,
  parseWorkshopInputFile,
  type FileProblem,
  type ParticipantCandidate,
} from '../../domain/workshop';
import type { ValidationIssue } from '../../domain/validation-issues';

export function candidatesFromLinks(text: string): {
  candidates: ParticipantCandidate[];
  problems: PastedProblem[];
  ignoredLines: number;
} {
  const reading = readPastedLinks(text);
  return {
    candidates: reading.results.map((result) => candidateFromShared(result.shared, 'link')),
    problems: reading.problems,
    ignoredLines: reading.ignoredLines,
  };
}

export type CsvProblem =
  | { kind: 'csvNoItems'; columns: string[] }
  | { kind: 'csvRow'; row: number; column: string; value: string }
  | { kind: 'csvEmpty' };

const HEX16 = /^[0-9a-f]{16}$/;

/**
 * Reads a CSV whose header names the 25 statement ids (as the workshop and data exports
 * write them). Rows with no answers at all (such as a summary row) are skipped; any other
 * row must answer every statement with 1–5, or the whole file is refused.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function candidatesFromCsv(
  text: string,
): { ok: true; candidates: ParticipantCandidate[] } | { ok: false; problems: CsvProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = ITEM_IDS.filter((id) => !fields.includes(id));
  if (missing.length > 0)
    return { ok: false, problems: [{ kind: 'csvNoItems', columns: missing }] };

  const candidates: ParticipantCandidate[] = [];
  const problems: CsvProblem[] = [];
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2; // 1-based, after the header line
    const cells = ITEM_IDS.map((id) => (row[id] ?? '').trim());
    if (cells.every((cell) => cell === '')) return;
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
    const given = (row.fingerprint ?? '').trim();
    const resultId = (row.resultId ?? '').trim().toLowerCase();
    const assessmentId = (row.id ?? '').trim();
    const fingerprint = given
      ? given.slice(0, 200)
      : HEX16.test(resultId)
        ? fingerprintFor(resultId, answers)
        : assessmentId
          ? fingerprintFor(resultIdFor(assessmentId), answers)
          : fingerprintFor(null, answers);
    const label = row.label?.trim()
      ? row.label.trim().slice(0, 200)
      : labelFor({ businessName: row.businessName, respondent: row.respondent });
    candidates.push({ fingerprint, label, answers, source: 'csv' });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (candidates.length === 0) return { ok: false, problems: [{ kind: 'csvEmpty' }] };
  return { ok: true, candidates };
}

export type FileReadProblem =
  | { file: string; kind: FileProblem | 'unreadable'; detail: string; issues?: ValidationIssue[] }
  | { file: string; kind: 'csv'; problems: CsvProblem[] };

/** Reads many files at once; good files give candidates, bad files give problems. */
export async function candidatesFromFiles(files: readonly File[]): Promise<{
  candidates: ParticipantCandidate[];
  problems: FileReadProblem[];
}> {
  const candidates: ParticipantCandidate[] = [];
  const problems: FileReadProblem[] = [];
  const texts = await Promise.all(
    files.map((file) =>
      file.text().then(
        (text) => ({ file, text }),
        () => ({ file, text: undefined }),
      ),
    ),
  );
  for (const { file, text } of texts) {
    if (text === undefined) {
      problems.push({ file: file.name, kind: 'unreadable', detail: '' });
      continue;
    }
    const looksLikeCsv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    if (looksLikeCsv) {
      const csv = candidatesFromCsv(text);
      if (csv.ok) candidates.push(...csv.candidates);
      else problems.push({ file: file.name, kind: 'csv', problems: csv.problems });
      continue;
    }
    const parsed = parseWorkshopInputFile(text);
    if (!parsed.ok) {
      problems.push({
        file: file.name,
        kind: parsed.problem,
        detail: parsed.detail,
        ...(parsed.issues ? { issues: parsed.issues } : {}),
      });
    } else if (parsed.kind === 'result') {
      candidates.push(parsed.candidate);
    } else {
      candidates.push(...parsed.candidates);
    }
  }
  return { candidates, problems };
}
