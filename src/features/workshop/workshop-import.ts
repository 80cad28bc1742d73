// Turning what a trainer pastes or selects into participant candidates: share links
// (one per line), participants' result files, a workshop file, or a CSV with one
// column per statement. Nothing here writes; problems are returned per line or file so
// the screen can say exactly what was wrong and where.

import { candidatesFromCsv, type CsvProblem } from '../../domain/workshop-csv';
import { decodeShareLink, type ShareCodeError } from '../../domain/share-code';
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

export type LinkProblem = { line: number; text: string; error: ShareCodeError };

/**
 * One link per line. A result without a result id is identified by this text and its
 * line, so two such results are never merged, and pasting the same text twice adds
 * nobody twice. More lines with links than a workshop can hold are refused as a whole.
 */
export function candidatesFromLinks(
  text: string,
):
  | { ok: true; candidates: ParticipantCandidate[]; problems: LinkProblem[] }
  | { ok: false; tooMany: number; max: number } {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  const filled = lines.filter((line) => line.trim()).length;
  if (filled > MAX_PARTICIPANTS) return { ok: false, tooMany: filled, max: MAX_PARTICIPANTS };
  const lineFingerprint = occurrenceFingerprints('links', text);
  const candidates: ParticipantCandidate[] = [];
  const problems: LinkProblem[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const decoded = decodeShareLink(line);
    if (decoded.ok)
      candidates.push(candidateFromShared(decoded.result, 'link', lineFingerprint(index + 1)));
    else problems.push({ line: index + 1, text: line, error: decoded.error });
  });
  return { ok: true, candidates, problems };
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
