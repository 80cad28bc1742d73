// The service-standard checker (issue 18). A standard is one sentence an owner writes
// for staff, checked as they type against seed 000's four rules: measurable (a number
// and a unit, e.g. "90 % of calls answered within 2 minutes"), specific (one behaviour
// or outcome in plain words, not "make customers happy"), time-bound (a time limit, a
// date, or a review date) and based on customers' real experience (the evidence the owner
// names). Seed 003 adds the kinds of target: a time limit for answering calls, the share
// of products returned, the share of complainants satisfied and of those who buy again.
// Numbers are read as typed in the user's language: Persian and Arabic-Indic digits,
// decimal commas (locale-number.ts).

import { parseLocaleNumber } from './locale-number';
import {
  CURRENCIES,
  EVERY_WORDS,
  FOLDED_TIME_WORDS,
  NUMBER_WORDS,
  PERCENT_SIGNS,
  PERCENT_WORDS,
  PERIOD_WORDS,
  STOP_WORDS,
  TIME_MODIFIERS,
  TIME_PHRASES,
  TIME_UNITS,
  VAGUE_PHRASES,
} from './service-standard-words';

type QuantityKind = 'percent' | 'time' | 'money' | 'count';

/** A number with its unit, found in a standard: "90 %", "۲ دقیقه", "3 working days". */
export type Quantity = {
  kind: QuantityKind;
  value: number;
  /** The unit as written ("%", "minutes", "دقیقه", "€"). */
  unit: string;
  /** Number and unit exactly as typed, for showing back to the owner. */
  text: string;
};

type MeasurableProblem = 'noNumber' | 'noUnit';
type SpecificProblem = 'tooShort' | 'severalSentences' | 'severalTargets' | 'vague';
type TimeBoundVia = 'timeLimit' | 'date' | 'period' | 'reviewDate';
type ExperienceProblem = 'noEvidence' | 'tooThin';

export type StandardCheck = {
  measurable: { ok: boolean; problem: MeasurableProblem | null; quantities: Quantity[] };
  specific: { ok: boolean; problem: SpecificProblem | null; vague: string[] };
  timeBound: { ok: boolean; via: TimeBoundVia | null };
  experience: { ok: boolean; problem: ExperienceProblem | null };
  /** All four pass: the standard may be saved. */
  passed: boolean;
};

export type StandardInput = {
  text: string;
  /** ISO date (YYYY-MM-DD) on which the standard will be looked at again, or empty. */
  reviewDate?: string | null;
  /** What customers said or did that led to this standard. */
  evidence?: string;
};

/** A standard needs at least this many words to say who does what. */
const MIN_STANDARD_WORDS = 3;
/** Evidence needs at least this many words or numbers to name what customers said. */
const MIN_EVIDENCE_TOKENS = 3;

type Token =
  | { type: 'number'; start: number; end: number; raw: string; suffix: string }
  | { type: 'word'; start: number; end: number; raw: string; word: string }
  | { type: 'sign'; start: number; end: number; raw: string }
  | { type: 'date' | 'clock'; start: number; end: number; raw: string }
  | { type: 'break'; start: number; end: number; raw: string };

const D = '[0-9\u06f0-\u06f9\u0660-\u0669]';
// Bidi marks that keyboards and Intl put around numbers; removed before reading.
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const TOKEN = new RegExp(
  [
    // Dates: 2026-03-31, 31.3.2026, 31/03/2026, ۱۴۰۵/۰۱/۱۵
    `(?<date>${D}{4}[-/.]${D}{1,2}[-/.]${D}{1,2}|${D}{1,2}[./-]${D}{1,2}[./-]${D}{2,4})`,
    // Times of day: 17:00, 9:30
    `(?<clock>${D}{1,2}:${D}{2})`,
    // Numbers, with decimal or group marks inside ("2,5", "1.000", "۲٫۵", "10 000"),
    // and letters stuck to them ("48h", "5min").
    `(?<number>${D}+(?:[.,\u066b\u066c\u00a0\u202f\u2009]${D}+)*)(?<suffix>[\\p{L}\\p{M}]*)`,
    `(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\u200c'’-]*[\\p{L}\\p{M}])?)`,
    `(?<sign>[%\u066a€$£¥])`,
    // Sentence ends (followed by more text) and line or list breaks.
    `(?<break>[.!?\u061f;\\n](?=\\s*[\\p{L}\\p{N}]))`,
  ].join('|'),
  'gu',
);

/** NFC, no bidi marks, Arabic letter forms mapped to Persian ones; case kept. */
function prepare(text: string): string {
  return text
    .normalize('NFC')
    .replace(BIDI_MARKS, '')
    .replace(/\u0643/g, '\u06a9') // Arabic kaf → Persian keheh
    .replace(/[\u064a\u0649]/g, '\u06cc'); // Arabic yeh, alef maksura → Persian yeh
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    if (groups.date) tokens.push({ type: 'date', start, end, raw });
    else if (groups.clock) tokens.push({ type: 'clock', start, end, raw });
    else if (groups.number !== undefined)
      tokens.push({
        type: 'number',
        start,
        end,
        raw: groups.number,
        suffix: (groups.suffix ?? '').toLocaleLowerCase(),
      });
    else if (groups.word)
      tokens.push({ type: 'word', start, end, raw, word: raw.toLocaleLowerCase() });
    else if (groups.sign) tokens.push({ type: 'sign', start, end, raw });
    else if (groups.break) tokens.push({ type: 'break', start, end, raw });
  }
  return tokens;
}

function wordAt(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token?.type === 'word' ? token.word : null;
}

function signAt(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token?.type === 'sign' ? token.raw : null;
}

/** The unit after (or a currency before) the number at `index`, if any. */
function unitOf(
  tokens: readonly Token[],
  index: number,
): { kind: QuantityKind; unit: string; end: number; start?: number } | null {
  const token = tokens[index]!;
  if (token.type === 'number' && token.suffix) {
    const suffix = token.suffix;
    if (TIME_UNITS.has(suffix)) return { kind: 'time', unit: suffix, end: token.end };
    if (CURRENCIES.has(suffix)) return { kind: 'money', unit: suffix, end: token.end };
    return { kind: 'count', unit: suffix, end: token.end };
  }
  const sign = signAt(tokens, index + 1);
  if (sign !== null && PERCENT_SIGNS.has(sign))
    return { kind: 'percent', unit: '%', end: tokens[index + 1]!.end };
  if (sign !== null) return { kind: 'money', unit: sign, end: tokens[index + 1]!.end };
  const next = wordAt(tokens, index + 1);
  if (next !== null) {
    if (PERCENT_WORDS.has(next))
      return { kind: 'percent', unit: next, end: tokens[index + 1]!.end };
    if (TIME_UNITS.has(next)) return { kind: 'time', unit: next, end: tokens[index + 1]!.end };
    const after = wordAt(tokens, index + 2);
    if (TIME_MODIFIERS.has(next) && after !== null && TIME_UNITS.has(after))
      return { kind: 'time', unit: `${next} ${after}`, end: tokens[index + 2]!.end };
    if (CURRENCIES.has(next)) return { kind: 'money', unit: next, end: tokens[index + 1]!.end };
  }
  // A sign or currency before the amount: "€20", "RM 50", "٪۹۰".
  const before = tokens[index - 1];
  const previous =
    before?.type === 'sign' ? before.raw : before?.type === 'word' ? before.word : null;
  if (previous !== null && before && before.end >= token.start - 1) {
    if (PERCENT_SIGNS.has(previous))
      return { kind: 'percent', unit: '%', end: token.end, start: before.start };
    if (CURRENCIES.has(previous))
      return { kind: 'money', unit: previous, end: token.end, start: before.start };
  }
  if (next !== null && !STOP_WORDS.has(next))
    return { kind: 'count', unit: next, end: tokens[index + 1]!.end };
  return null;
}

type Reading = {
  quantities: Quantity[];
  bareNumbers: number;
  dates: number;
  periods: number;
  words: number;
  sentences: number;
};

function read(text: string, language: string): Reading {
  const tokens = tokenize(text);
  const quantities: Quantity[] = [];
  let bareNumbers = 0;
  let dates = 0;
  let periods = 0;
  let words = 0;
  let sentences = 1;
  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'date':
      case 'clock':
        dates += 1;
        return;
      case 'break':
        sentences += 1;
        return;
      case 'sign':
        return;
      case 'number': {
        const value = parseLocaleNumber(token.raw, language);
        if (value === null) return;
        const unit = unitOf(tokens, index);
        if (!unit) {
          bareNumbers += 1;
          return;
        }
        const start = unit.start ?? token.start;
        quantities.push({
          kind: unit.kind,
          value,
          unit: unit.unit,
          text: text.slice(start, unit.end),
        });
        return;
      }
      case 'word': {
        words += 1;
        const word = token.word;
        if (PERIOD_WORDS.has(word)) periods += 1;
        if (FOLDED_TIME_WORDS.has(word)) {
          quantities.push({ kind: 'time', value: 1, unit: word, text: token.raw });
          return;
        }
        const next = wordAt(tokens, index + 1);
        const sign = signAt(tokens, index + 1);
        if (EVERY_WORDS.has(word) && next !== null && TIME_UNITS.has(next)) periods += 1;
        const numberWord = NUMBER_WORDS.get(word);
        if (numberWord === undefined) return;
        if (next !== null && TIME_UNITS.has(next))
          quantities.push({
            kind: 'time',
            value: numberWord,
            unit: next,
            text: text.slice(token.start, tokens[index + 1]!.end),
          });
        else if ((next !== null && PERCENT_WORDS.has(next)) || (sign && PERCENT_SIGNS.has(sign)))
          quantities.push({
            kind: 'percent',
            value: numberWord,
            unit: next ?? '%',
            text: text.slice(token.start, tokens[index + 1]!.end),
          });
        return;
      }
    }
  });
  return { quantities, bareNumbers, dates, periods, words, sentences };
}

/** Whole-word (or whole-phrase) matches of `phrases` in prepared text, in any case. */
function phrasesIn(text: string, phrases: readonly string[]): string[] {
  // ZWNJ and spaces are interchangeable in Persian typing ("به‌سرعت" / "به سرعت").
  const spaced = ` ${text
    .toLocaleLowerCase()
    .replace(/[\u200c\s]+/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}' -]/gu, ' ')} `;
  return phrases.filter((phrase) =>
    spaced.includes(` ${phrase.replace(/\u200c/g, ' ')} `.replace(/\s+/g, ' ')),
  );
}

/**
 * Words and numbers in a piece of text (evidence), in any script.
 * @internal (tested on its own)
 */
export function countTokens(text: string): number {
  return tokenize(prepare(text)).filter(
    (token) => token.type === 'word' || token.type === 'number' || token.type === 'date',
  ).length;
}

function isIsoDate(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Checks one standard as typed, in `language` (the language its numbers are typed in). */
export function checkStandard(input: StandardInput, language: string): StandardCheck {
  const text = prepare(input.text.trim());
  const reading = read(text, language);

  const measurableOk = reading.quantities.length > 0;
  const measurable = {
    ok: measurableOk,
    problem: measurableOk
      ? null
      : reading.bareNumbers > 0
        ? ('noUnit' as const)
        : ('noNumber' as const),
    quantities: reading.quantities,
  };

  const vague = phrasesIn(text, VAGUE_PHRASES);
  const percents = reading.quantities.filter((quantity) => quantity.kind === 'percent').length;
  const limits = reading.quantities.filter((quantity) => quantity.kind === 'time').length;
  let specificProblem: SpecificProblem | null = null;
  if (reading.words < MIN_STANDARD_WORDS) specificProblem = 'tooShort';
  else if (reading.sentences > 1) specificProblem = 'severalSentences';
  else if (percents > 1 || limits > 1) specificProblem = 'severalTargets';
  else if (vague.length > 0) specificProblem = 'vague';

  let via: TimeBoundVia | null = null;
  if (limits > 0) via = 'timeLimit';
  else if (reading.dates > 0) via = 'date';
  else if (reading.periods > 0 || phrasesIn(text, TIME_PHRASES).length > 0) via = 'period';
  else if (isIsoDate(input.reviewDate)) via = 'reviewDate';

  const evidenceTokens = countTokens(input.evidence ?? '');
  const experienceProblem: ExperienceProblem | null =
    evidenceTokens === 0 ? 'noEvidence' : evidenceTokens < MIN_EVIDENCE_TOKENS ? 'tooThin' : null;

  const check: StandardCheck = {
    measurable,
    specific: { ok: specificProblem === null, problem: specificProblem, vague },
    timeBound: { ok: via !== null, via },
    experience: { ok: experienceProblem === null, problem: experienceProblem },
    passed: false,
  };
  check.passed =
    check.measurable.ok && check.specific.ok && check.timeBound.ok && check.experience.ok;
  return check;
}

/**
 * The target a goal in the action plan takes from a standard: a share first, then a
 * count, an amount, and last a time limit ("90 %" from "90 % of calls within 2 minutes").
 */
export function mainTarget(quantities: readonly Quantity[]): Quantity | undefined {
  const order: QuantityKind[] = ['percent', 'count', 'money', 'time'];
  for (const kind of order) {
    const found = quantities.find((quantity) => quantity.kind === kind);
    if (found) return found;
  }
  return undefined;
}
