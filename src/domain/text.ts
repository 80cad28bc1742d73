// What text the app keeps from people and files (names, labels, notes, goals), on every
// path: typed, imported, shared, scanned and migrated (issue 12). Control characters
// and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
// U+2066–U+2069) are removed: they can make a name show something other than what it
// holds ("Trojan Source" reordering), break a CSV or a report line, and no name needs
// them. Left-to-right and right-to-left marks (U+200E, U+200F, U+061C) stay, because
// Persian and mixed text legitimately use them. Lone UTF-16 surrogates (half of an
// emoji, cut by some other program) are dropped so every string survives UTF-8 files
// and share codes unchanged. Limits count UTF-16 code units (`string.length`), as zod's
// `maxLength` does, and text is cut only between whole characters.

/** Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). */
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
/** Every line or paragraph break a text field or a file may carry. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 control characters and DEL, and the bidi controls above. */
const CONTROLS = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}]`, 'g');
/** The same, but a line feed and a tab may stay (multi-line notes). */
const CONTROLS_BUT_LF_TAB = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}]`,
  'g',
);

/**
 * A one-line text (a name, a label, a goal): line breaks and tabs become spaces, other
 * controls are removed, and surrounding white space is trimmed.
 */
export function cleanLine(text: string): string {
  return text
    .replace(LONE_SURROGATES, '')
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .trim();
}

/**
 * A multi-line text (a note): every kind of line break becomes "\n" and tabs stay;
 * other controls are removed. Leading and trailing white space is kept as typed.
 */
export function cleanMultiline(text: string): string {
  return text
    .replace(LONE_SURROGATES, '')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS_BUT_LF_TAB, '');
}

/** The text cut to at most `max` UTF-16 code units, never inside a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}
