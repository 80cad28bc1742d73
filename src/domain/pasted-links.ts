// Reading share links out of pasted text (issue 11, "paste without friction"): chat apps
// put names, times and words around a link, so a line is accepted wherever in it the
// link (`…/s#<code>`) or a bare code stands. What could not be read is quoted as found,
// so the trainer can recognise it whatever happened to the line numbers in the box.
//
// What counts as an attempt at a result:
// - every `/s#` (or `/s%23`, as some apps escape it) with the code characters after it;
// - otherwise every run of at least BARE_CODE_MIN_LENGTH code characters (a whole code
//   is 22 or more), or a shorter word alone on its line that starts the way codes do
//   (version byte 1, 2 or 3 gives "AQ", "Ag" or "Aw"): a cut-off code is still reported.
// A line with none of these (“thanks!”, a date) holds no result and is only counted.

import { decodeShareCode, type ShareCodeError, type SharedResult } from './share-code';

/** Shortest run of code characters taken for a bare code in the middle of chat text. */
const BARE_CODE_MIN_LENGTH = 20;
/**
 * Quotes longer than this are shortened in the middle.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const MAX_QUOTE_LENGTH = 80;

type PastedResult = { readonly shared: SharedResult; readonly text: string };
export type PastedProblem = {
  /** The link or code as it stands in the line (shortened when very long). */
  readonly text: string;
  readonly error: ShareCodeError;
  /** The whole line it came from, to leave in the box for correcting. */
  readonly line: string;
};
export type PastedReading = {
  readonly results: PastedResult[];
  readonly problems: PastedProblem[];
  /** Lines with no link or code in them at all. */
  readonly ignoredLines: number;
};

const LINK = /\/s(?:#|%23)([A-Za-z0-9_-]*)/g;
const CODE_RUN = /[A-Za-z0-9_-]+/g;
const CODE_START = /^A[Qgw]/;
const WORD_EDGE = /^[\s<>()[\]{}"'“”‘’«»,.;:!?*]+|[\s<>()[\]{}"'“”‘’«»,.;:!?*]+$/g;

/** The whitespace-separated word around [start, end), without wrapping punctuation. */
function wordAround(line: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(line[from - 1]!)) from--;
  while (to < line.length && !/\s/.test(line[to]!)) to++;
  return line.slice(from, to).replace(WORD_EDGE, '') || line.slice(start, end);
}

/** @internal Exported for its unit test only (knip --production checks the rest). */
export function quote(text: string): string {
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  const tail = Math.floor((MAX_QUOTE_LENGTH - 1) / 2);
  const head = MAX_QUOTE_LENGTH - 1 - tail;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

type Attempt = { code: string; text: string };

function attemptsIn(line: string): Attempt[] {
  const links = [...line.matchAll(LINK)].map((match) => ({
    code: match[1]!,
    text: wordAround(line, match.index, match.index + match[0].length),
  }));
  if (links.length > 0) return links;
  const runs = [...line.matchAll(CODE_RUN)];
  const alone = line.trim();
  const only = runs.length === 1 ? runs[0]![0] : undefined;
  if (only && only === alone.replace(WORD_EDGE, '') && CODE_START.test(only)) {
    return [{ code: only, text: alone }];
  }
  return runs
    .filter((match) => match[0].length >= BARE_CODE_MIN_LENGTH)
    .map((match) => ({ code: match[0], text: match[0] }));
}

/**
 * A code as typed may carry a leading or trailing `_` or `-` from chat formatting
 * (`_code_` for italics, `code-` before a dash): try without them before giving up.
 */
function decodeAttempt(code: string) {
  const first = decodeShareCode(code);
  if (first.ok) return first;
  const stripped = code.replace(/^[_-]+|[_-]+$/g, '');
  if (stripped && stripped !== code) {
    const second = decodeShareCode(stripped);
    if (second.ok) return second;
  }
  return first;
}

/** Reads every share link or code in the pasted text, line by line. */
export function readPastedLinks(text: string): PastedReading {
  const results: PastedResult[] = [];
  const problems: PastedProblem[] = [];
  let ignoredLines = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const attempts = attemptsIn(line);
    if (attempts.length === 0) {
      ignoredLines++;
      continue;
    }
    for (const attempt of attempts) {
      const decoded = decodeAttempt(attempt.code);
      if (decoded.ok) results.push({ shared: decoded.result, text: attempt.text });
      else problems.push({ text: quote(attempt.text), error: decoded.error, line });
    }
  }
  return { results, problems, ignoredLines };
}
