import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanMultiline, clipText } from './text';

const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
/** Every character a cleaned text may not hold. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_IN_NOTE =
  // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

describe('cleanLine', () => {
  it.each([
    ['trims', '  Café  ', 'Café'],
    ['line breaks become spaces', 'Line one\nLine two\r\nthree', 'Line one Line two three'],
    ['U+2028 / U+2029 become spaces', 'a\u2028b\u2029c', 'a b c'],
    ['tabs become spaces', 'a\tb', 'a b'],
    [
      'removes NUL, escape and C1 controls; NEL is a line break',
      'a\u0000b\u001Bc\u0085d\u009Fe',
      'abc de',
    ],
    ['removes a right-to-left override', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['removes isolates', '\u2067سارا\u2069 Ana', 'سارا Ana'],
    [
      'keeps LRM, RLM and the Arabic letter mark',
      'a\u200Eb\u200Fc\u061Cd',
      'a\u200Eb\u200Fc\u061Cd',
    ],
    ['keeps Persian, Slovak and emoji', 'نانوایی Pekáreň 🍞', 'نانوایی Pekáreň 🍞'],
    ['drops a lone high surrogate', 'a\uD83Db', 'ab'],
    ['drops a lone low surrogate', 'a\uDC00b', 'ab'],
  ])('%s', (_name, input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each(BIDI)('removes bidi control U+%s', (control) => {
    expect(cleanLine(`x${control}y`)).toBe('xy');
  });

  it('leaves nothing forbidden, whatever the input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const clean = cleanLine(text);
        expect(clean).not.toMatch(FORBIDDEN_IN_LINE);
        expect(clean).toBe(clean.trim());
        expect(cleanLine(clean)).toBe(clean);
        expect(cleanLine(clean)).toBe(clean);
        // Well-formed UTF-16: survives a UTF-8 round trip unchanged.
        expect(new TextDecoder().decode(new TextEncoder().encode(clean))).toBe(clean);
      }),
    );
  });
});

describe('cleanMultiline', () => {
  it('keeps line feeds and tabs, unifies line breaks, removes other controls', () => {
    expect(cleanMultiline('a\r\nb\rc\u2028d\u2029e\n\tf\u0007\u202E')).toBe('a\nb\nc\nd\ne\n\tf');
  });

  it('is idempotent and leaves only LF and tab among controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const clean = cleanMultiline(text);
        expect(clean).not.toMatch(FORBIDDEN_IN_NOTE);
        expect(cleanMultiline(clean)).toBe(clean);
      }),
    );
  });
});

describe('clipText', () => {
  it('cuts at the limit but never inside a surrogate pair', () => {
    expect(clipText('abcdef', 3)).toBe('abc');
    expect(clipText('ab🍞', 3)).toBe('ab');
    expect(clipText('ab🍞', 4)).toBe('ab🍞');
    expect(clipText('short', 10)).toBe('short');
  });

  it('never exceeds the limit and never leaves a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(50), (text, max) => {
        const clipped = clipText(text, max);
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(clipped)).toBe(true);
        expect(/[\uD800-\uDBFF]$/.test(clipped)).toBe(false);
      }),
    );
  });
});
