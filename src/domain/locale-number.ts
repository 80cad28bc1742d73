// Numbers as people type them in their own language (issue 8): "2,5" in Slovak or
// Indonesian, "۲٫۵" or "۹۰" in Persian, "٩٠" with Arabic-Indic digits, and "2.5"
// everywhere. The language's own separators come from Intl.NumberFormat; the value
// stored is always a plain JS number.

const DIGIT_ZEROS = [0x06f0 /* Persian ۰ */, 0x0660 /* Arabic-Indic ٠ */];
// Bidi marks that Intl and RTL keyboards put around numbers and signs.
const BIDI_MARKS = /[\u200e\u200f\u061c\u200b]/g;
const SPACES = /[\s\u00a0\u202f\u2009]/g;

type Separators = { decimal: '.' | ','; group: '.' | ',' | ' ' };

const separatorCache = new Map<string, Separators>();

/** Maps Persian and Arabic-Indic digits to ASCII and the Arabic separators to . and ,. */
function normalise(text: string): string {
  let out = '';
  for (const char of text.replace(BIDI_MARKS, '')) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (char === '\u066b')
      out += '.'; // Arabic decimal separator ٫
    else if (char === '\u066c')
      out += ','; // Arabic thousands separator ٬
    else if (char === '\u2212')
      out += '-'; // minus sign
    else out += char;
  }
  return out.replace(SPACES, ' ').trim();
}

/**
 * The language's decimal and group separators, normalised like the typed text.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function separatorsFor(language: string): Separators {
  let separators = separatorCache.get(language);
  if (!separators) {
    let parts: Intl.NumberFormatPart[] = [];
    try {
      parts = new Intl.NumberFormat(language).formatToParts(12345.6);
    } catch {
      // An unknown language tag: fall back to English conventions.
    }
    const decimal = normalise(parts.find((part) => part.type === 'decimal')?.value ?? '.');
    const group = normalise(parts.find((part) => part.type === 'group')?.value ?? ',') || ' ';
    separators = {
      decimal: decimal === ',' ? ',' : '.',
      group: group === '.' || group === ',' ? group : ' ',
    };
    separatorCache.set(language, separators);
  }
  return separators;
}

const GROUPED = /^\d{1,3}( \d{3})*$/;

/** Integer digits, possibly grouped in threes by one kind of separator (turned into spaces). */
function integerDigits(text: string, group: string | null): string | null {
  if (text === '') return '';
  if (/^\d+$/.test(text)) return text;
  if (group === null) return null;
  const spaced = text.split(group).join(' ');
  return GROUPED.test(spaced) ? spaced.replace(/ /g, '') : null;
}

/**
 * The number in `text` as typed in `language`, or null when it is not a number.
 * A mark that is the language's decimal separator is the decimal point. The other mark
 * (or a space) groups thousands only when it sits between groups of three digits, so
 * "1.000" is a thousand in Indonesian, while "2.5" and "2,5" are two and a half
 * everywhere. No exponents, no units, no empty text.
 */
export function parseLocaleNumber(text: string, language: string): number | null {
  const normalised = normalise(text);
  const match = /^([-+]?)\s*([\d., ]*)$/.exec(normalised);
  if (!match) return null;
  const sign = match[1] ?? '';
  const body = match[2] ?? '';
  if (!/\d/.test(body)) return null;
  const { decimal } = separatorsFor(language);

  const marks = [...new Set(body.replace(/\d/g, ''))];
  const hasDot = marks.includes('.');
  const hasComma = marks.includes(',');
  let decimalMark: '.' | ',' | null = null;
  if (hasDot && hasComma) {
    // Both: the last one is the decimal point, e.g. "1.234,5" or "1,234.5".
    decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  } else if (hasDot || hasComma) {
    const mark = hasDot ? '.' : ',';
    const count = body.split(mark).length - 1;
    const afterLast = body.slice(body.lastIndexOf(mark) + 1);
    const looksGrouped = /^\d{3}$/.test(afterLast) && GROUPED.test(body.split(mark).join(' '));
    if (count > 1) decimalMark = null;
    else if (mark === decimal) decimalMark = mark;
    else decimalMark = looksGrouped ? null : mark;
  }

  let integerPart = body;
  let fractionPart: string | null = null;
  if (decimalMark !== null) {
    const at = body.lastIndexOf(decimalMark);
    if (body.indexOf(decimalMark) !== at) return null;
    integerPart = body.slice(0, at);
    fractionPart = body.slice(at + 1);
    if (!/^\d+$/.test(fractionPart)) return null;
  }
  const groupMarks = [...new Set(integerPart.replace(/\d/g, ''))];
  if (groupMarks.length > 1) return null;
  const digits = integerDigits(integerPart, groupMarks[0] ?? null);
  if (digits === null) return null;
  const value = Number(`${sign}${digits || '0'}${fractionPart === null ? '' : `.${fractionPart}`}`);
  return Number.isFinite(value) ? value : null;
}

/** A number written for an input field in `language`: its digits and decimal mark, no grouping. */
export function formatNumberForInput(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, {
      useGrouping: false,
      maximumFractionDigits: 20,
    }).format(value);
  } catch {
    return String(value);
  }
}
