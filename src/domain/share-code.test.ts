import { describe, expect, it } from 'vitest';
import { ANSWER_VALUES, ITEM_IDS, type AnswerValue, type ItemId } from './instrument';
import {
  codeFromLink,
  crc32,
  decodeShareCode,
  decodeShareLink,
  encodeShareCode,
  resultIdFor,
  shareLink,
  type CompleteAnswers,
} from './share-code';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ORIGIN = 'https://centricity.example';

function filled(value: AnswerValue): CompleteAnswers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
}

/** A deterministic mix of values so neighbouring items differ. */
function mixed(seed = 0): CompleteAnswers {
  return Object.fromEntries(
    ITEM_IDS.map((id, index) => [id, (((index * 7 + seed) % 5) + 1) as AnswerValue]),
  ) as CompleteAnswers;
}

const COMPLETED_AT = Date.UTC(2025, 2, 12, 15, 30);
const DAY_START = Date.UTC(2025, 2, 12);

function fromCode(code: string): Uint8Array {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** A code from raw body bytes with a correct CRC-32, to test what the checksum lets in. */
function withCrc(body: readonly number[]): string {
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  new DataView(bytes.buffer).setUint32(body.length, crc32(bytes.subarray(0, body.length)));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('CRC-32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('encode → decode', () => {
  it.each(ITEM_IDS.flatMap((itemId) => ANSWER_VALUES.map((value) => [itemId, value] as const)))(
    'keeps %s = %i (other items vary around it)',
    (itemId: ItemId, value: AnswerValue) => {
      for (const background of [1, 3, 5] as const) {
        const answers = { ...filled(background), [itemId]: value };
        const decoded = decodeShareCode(encodeShareCode({ answers }));
        expect(decoded).toEqual({
          ok: true,
          result: { answers, completedAt: null, resultId: null, names: null, workshopTag: null },
        });
      }
    },
  );

  it('round-trips the extremes and mixed answers with id, day and names', () => {
    for (const answers of [filled(1), filled(5), mixed(0), mixed(3)]) {
      const code = encodeShareCode({
        answers,
        completedAt: COMPLETED_AT,
        assessmentId: 'd2f6a3c1-0b7e-4a55-9a0e-1f2e3d4c5b6a',
        names: { businessName: 'Kedai Runcit Aminah', respondent: 'Ľubica Šťastná' },
      });
      expect(decodeShareCode(code)).toEqual({
        ok: true,
        result: {
          answers,
          completedAt: DAY_START,
          resultId: resultIdFor('d2f6a3c1-0b7e-4a55-9a0e-1f2e3d4c5b6a'),
          names: { businessName: 'Kedai Runcit Aminah', respondent: 'Ľubica Šťastná' },
          workshopTag: null,
        },
      });
    }
  });

  it('keeps Persian names and cuts overlong names at a character boundary', () => {
    const long = 'ک'.repeat(100); // 200 UTF-8 bytes
    const code = encodeShareCode({
      answers: mixed(1),
      names: { businessName: long, respondent: 'فروشگاه' },
    });
    const decoded = decodeShareCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.result.names).toEqual({ businessName: 'ک'.repeat(60), respondent: 'فروشگاه' });
  });

  it.each(['0000', 'K7QX', 'ZZZZ', '1A2B'])(
    'carries the workshop tag %s beside the id, day and names (version 2)',
    (workshopTag) => {
      const names = { businessName: '', respondent: 'Seat 12' };
      const code = encodeShareCode({
        answers: mixed(3),
        completedAt: COMPLETED_AT,
        assessmentId: 'participant-1',
        names,
        workshopTag,
      });
      expect(fromCode(code)[0]).toBe(2);
      expect(decodeShareCode(code)).toEqual({
        ok: true,
        result: {
          answers: mixed(3),
          completedAt: DAY_START,
          resultId: resultIdFor('participant-1'),
          names,
          workshopTag,
        },
      });
    },
  );

  it('refuses to encode a workshop tag that is not one', () => {
    expect(() => encodeShareCode({ answers: mixed(0), workshopTag: 'K7QU' })).toThrow(RangeError);
    expect(() => encodeShareCode({ answers: mixed(0), workshopTag: 'K7Q' })).toThrow(RangeError);
  });

  it('refuses to encode an incomplete result', () => {
    const { 'staff.3': _dropped, ...partial } = mixed(2);
    expect(() => encodeShareCode({ answers: partial })).toThrow(RangeError);
  });

  it('gives the same result id for the same assessment and different ones otherwise', () => {
    expect(resultIdFor('a')).toBe(resultIdFor('a'));
    expect(resultIdFor('a')).not.toBe(resultIdFor('b'));
    expect(resultIdFor('a')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('length (QR codes must stay easy to scan)', () => {
  it('is 32 characters for a complete result with its id, 21 bytes of link overhead', () => {
    const code = encodeShareCode({
      answers: mixed(4),
      completedAt: COMPLETED_AT,
      assessmentId: crypto.randomUUID(),
    });
    expect(code).toHaveLength(32);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(shareLink(ORIGIN, code)).toBe(`${ORIGIN}/s#${code}`);
    expect(shareLink(ORIGIN, code)).toHaveLength(ORIGIN.length + 3 + 32);
  });

  it('is 22 characters without id', () => {
    expect(encodeShareCode({ answers: mixed(4) })).toHaveLength(22);
  });

  it('grows by 3 bytes (4 characters) with a workshop tag: 36 characters', () => {
    const input = { answers: mixed(4), completedAt: COMPLETED_AT, assessmentId: 'p-7' };
    expect(encodeShareCode({ ...input, workshopTag: 'K7QX' })).toHaveLength(36);
    // Without a tag the code stays version 1, exactly as before the tag existed.
    expect(fromCode(encodeShareCode(input))[0]).toBe(1);
  });
});

describe('links made before workshop tags (version 1)', () => {
  // Written by the version-1-only encoder (commit 7001828), kept as literals.
  const answers = Object.fromEntries(
    ITEM_IDS.map((id, index) => [id, ((index * 3) % 5) + 1]),
  ) as CompleteAnswers;

  it.each([
    [
      'AQMAjwZhxytark6_puEUva90NqkLV2FydW5nIFNhcmkERGV3aSynbVM',
      { businessName: 'Warung Sari', respondent: 'Dewi' },
    ],
    ['AQEAjwZhxytark6_puEUva90NqkhUP7e', null],
  ] as const)('%s still opens', (code, names) => {
    expect(decodeShareCode(code)).toEqual({
      ok: true,
      result: {
        answers,
        completedAt: Date.UTC(2025, 2, 12),
        resultId: resultIdFor('legacy-assessment-1'),
        names,
        workshopTag: null,
      },
    });
    // and is written the same way today
    expect(
      encodeShareCode({
        answers,
        completedAt: Date.UTC(2025, 2, 12),
        assessmentId: 'legacy-assessment-1',
        names,
      }),
    ).toBe(code);
  });
});

describe('corruption is always detected', () => {
  const codes = [
    encodeShareCode({ answers: mixed(0), completedAt: COMPLETED_AT, assessmentId: 'x-1' }),
    encodeShareCode({ answers: filled(5) }),
    encodeShareCode({
      answers: mixed(2),
      assessmentId: 'x-2',
      names: { businessName: 'Café Nora', respondent: 'Nora' },
    }),
    encodeShareCode({ answers: mixed(1), assessmentId: 'x-3', workshopTag: 'K7QX' }),
    encodeShareCode({
      answers: filled(1),
      completedAt: COMPLETED_AT,
      assessmentId: 'x-4',
      names: { businessName: '', respondent: 'میز ۱۲' },
      workshopTag: '0Z9A',
    }),
  ];

  it.each(codes)('every single-character substitution of the link to %s fails', (code) => {
    const link = shareLink(ORIGIN, code);
    const start = link.indexOf('#') + 1;
    let checked = 0;
    for (let position = start; position < link.length; position++) {
      for (const replacement of `${ALPHABET}!.~%+/= `) {
        if (replacement === link[position]) continue;
        const corrupted = link.slice(0, position) + replacement + link.slice(position + 1);
        const decoded = decodeShareLink(corrupted);
        expect(decoded.ok, `${corrupted}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(code.length * 60);
  });

  it.each(codes)('every deletion, duplication and truncation of %s fails', (code) => {
    for (let position = 0; position < code.length; position++) {
      const deleted = code.slice(0, position) + code.slice(position + 1);
      const doubled = code.slice(0, position) + code[position]! + code.slice(position);
      expect(decodeShareCode(deleted).ok).toBe(false);
      expect(decodeShareCode(doubled).ok).toBe(false);
      const cut = decodeShareCode(code.slice(0, position));
      expect(cut).toEqual({ ok: false, error: 'truncated' });
    }
  });

  it('names the error: tampered, future version, malformed', () => {
    const code = codes[0]!;
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    expect(decodeShareCode(flipped)).toEqual({ ok: false, error: 'checksum' });
    expect(decodeShareCode('not a code!')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShareCode('')).toEqual({ ok: false, error: 'truncated' });
  });

  it('recognises a well-formed code from a future version', () => {
    const code = withCrc([3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(decodeShareCode(code)).toEqual({ ok: false, error: 'version' });
  });

  it('refuses a checksummed code whose version and tag flag disagree', () => {
    const plain = fromCode(encodeShareCode({ answers: mixed(0), assessmentId: 'x' }));
    const tagged = fromCode(encodeShareCode({ answers: mixed(0), workshopTag: 'K7QX' }));
    const body = (bytes: Uint8Array) => [...bytes.subarray(0, bytes.length - 4)];
    // version 1 with a tag flag; version 2 without one; a tag above 20 bits
    const cases = [
      [1, tagged[1]!, ...body(tagged).slice(2)],
      [2, plain[1]!, ...body(plain).slice(2)],
      [...body(tagged).slice(0, 12), 0xff, 0xff, 0xff],
    ];
    for (const bytes of cases) {
      expect(decodeShareCode(withCrc(bytes))).toEqual({ ok: false, error: 'malformed' });
    }
  });
});

describe('links', () => {
  it('takes the code from a full link, a bare code, or a link in angle brackets', () => {
    expect(codeFromLink('  https://a.example/s#abc \n')).toBe('abc');
    expect(codeFromLink('<https://a.example/s#abc>')).toBe('abc');
    expect(codeFromLink('abc')).toBe('abc');
  });
});
