// One completed assessment as a share link and as a result file: used by the share page
// and by the participant's "show this to your trainer" screen. A result started from a
// workshop invite carries that workshop's tag (share code version 2).

import type { Assessment } from '../../domain/assessment';
import {
  encodeShareCode,
  resultIdFor,
  shareLink,
  type CompleteAnswers,
} from '../../domain/share-code';
import { isoTimestamp } from '../../domain/timestamps';
import { resultFileFor } from '../../domain/workshop';
import { downloadText } from '../../ui/download';

export type SharedNames = { businessName: string; respondent: string } | null;

/** The share link of a complete assessment, on this page's origin. */
export function resultLinkFor(assessment: Assessment, names: SharedNames): string {
  const code = encodeShareCode({
    answers: assessment.answers,
    completedAt: assessment.completedAt,
    assessmentId: assessment.id,
    names,
    workshopTag: assessment.invite?.tag ?? null,
  });
  return shareLink(window.location.origin, code);
}

/**
 * Saves the result file a trainer can import (e.g. when no camera or network works) and
 * returns its name, for the confirmation.
 */
export function downloadResultFile(assessment: Assessment, names: SharedNames): string {
  const file = resultFileFor({
    resultId: resultIdFor(assessment.id),
    completedAt: assessment.completedAt,
    answers: assessment.answers as CompleteAnswers,
    names,
  });
  // A time no Date can show (written by an older version) names the file "undated".
  const day =
    isoTimestamp(assessment.completedAt ?? assessment.updatedAt).slice(0, 10) || 'undated';
  const fileName = `centricity-result-${day}-${resultIdFor(assessment.id).slice(0, 6)}.json`;
  downloadText(fileName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  return fileName;
}
