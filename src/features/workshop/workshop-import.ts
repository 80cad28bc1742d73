// Turning what a trainer pastes or selects into participant candidates: share links
// (anywhere in pasted chat lines, src/domain/pasted-links.ts), participants' result files, a workshop file, or a CSV with one
// column per statement. Nothing here writes; problems are returned per line or file so
// the screen can say exactly what was wrong and where.

import { readPastedLinks, type PastedProblem } from '../../domain/pasted-links';
import { candidatesFromCsv, type CsvProblem } from '../../domain/workshop-csv';
import {
  MAX_PARTICIPANTS,
  MAX_WORKSHOP_FILE_BYTES,
  candidateFromShared,
  occurrenceFingerprints,
  parseWorkshopInputFile,
  type FileProblem,
  type ParticipantCandidate,
} from '../../domain/workshop';
import type { ValidationIssue } from '../../domain/validation-issues';

export type { CsvProblem };

/**
 * Every share link or code in the pasted text (domain/pasted-links.ts). A result without
 * a result id is identified by this text and its place in it, so two such results are
 * never merged, and pasting the same text twice adds nobody twice. More links than a
 * workshop can hold are refused as a whole.
 */
export function candidatesFromLinks(text: string):
  | {
      ok: true;
      candidates: ParticipantCandidate[];
      problems: PastedProblem[];
      ignoredLines: number;
    }
  | { ok: false; tooMany: number; max: number } {
  const reading = readPastedLinks(text);
  const found = reading.results.length + reading.problems.length;
  if (found > MAX_PARTICIPANTS) return { ok: false, tooMany: found, max: MAX_PARTICIPANTS };
  const occurrence = occurrenceFingerprints('links', text);
  return {
    ok: true,
    candidates: reading.results.map((result, index) =>
      candidateFromShared(result.shared, 'link', occurrence(index + 1)),
    ),
    problems: reading.problems,
    ignoredLines: reading.ignoredLines,
  };
}

export type FileReadProblem =
  | {
      file: string;
      kind: FileProblem | 'unreadable';
      detail: string;
      issues?: ValidationIssue[];
      limitBytes?: number;
    }
  | { file: string; kind: 'csv'; problems: CsvProblem[] };

/**
 * Reads many files at once; good files give candidates, bad files give problems. A file
 * over the size limit is refused from its size alone, before any of it is read.
 */
export async function candidatesFromFiles(files: readonly File[]): Promise<{
  candidates: ParticipantCandidate[];
  problems: FileReadProblem[];
}> {
  const candidates: ParticipantCandidate[] = [];
  const problems: FileReadProblem[] = [];
  const texts = await Promise.all(
    files.map((file) =>
      file.size > MAX_WORKSHOP_FILE_BYTES
        ? { file, text: null }
        : file.text().then(
            (text) => ({ file, text }),
            () => ({ file, text: undefined }),
          ),
    ),
  );
  for (const { file, text } of texts) {
    if (text === null) {
      problems.push({
        file: file.name,
        kind: 'tooLarge',
        detail: '',
        limitBytes: MAX_WORKSHOP_FILE_BYTES,
      });
      continue;
    }
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
        ...(parsed.limitBytes ? { limitBytes: parsed.limitBytes } : {}),
      });
    } else if (parsed.kind === 'result') {
      candidates.push(parsed.candidate);
    } else {
      candidates.push(...parsed.candidates);
    }
  }
  return { candidates, problems };
}
