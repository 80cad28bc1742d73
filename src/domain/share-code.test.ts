import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_VALUES, ITEM_IDS, type AnswerValue, type ItemId } from './instrument';
import {
  codeFromLink,
  crc32,
  decodeShareCode,
  decodeShareLink,
  encodeShareCode,
  fragmentCode,
  resultIdFor,
  shareLink,
  sharedName,
  sharedNames,
  textHash,
  MAX_SHARED_NAME_BYTES,
  type CompleteAnswers,
} from './share-code';
import { DAY_MS, EARLIEST_TIMESTAMP } from './timestamps';
import { tagFromNumber } from './workshop-invite';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ORIGIN = 'https://centricity.example';
const IN_2150 = Date.UTC(2150, 0, 1);

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

  it.each([
    ['#AQMA-_x', 'AQMA-_x'],
    ['AQMA', 'AQMA'],
    ['#', ''],
    ['', ''],
    // Some apps escape characters of a fragment; a valid escape is undone…
    ['#AQ%4DA', 'AQMA'],
    // …and text that is not a valid escape is kept as it is (the decoder then refuses it).
    ['#AQ%E0%A4%A', 'AQ%E0%A4%A'],
    ['#%', '%'],
    ['AQ#x', 'AQ#x'], // only a leading '#' is the fragment's mark
  ])('the code in the fragment %j is %j', (hash, code) => {
    expect(fragmentCode(hash)).toBe(code);
  });

  it('a shared result shows its business, then its respondent, leaving out empty ones', () => {
    const names = (businessName: string, respondent: string) => {
      const code = encodeShareCode({ answers: mixed(), names: { businessName, respondent } });
      const decoded = decodeShareCode(code);
      if (!decoded.ok) throw new Error(decoded.error);
      return sharedNames(decoded.result);
    };
    expect(names('Kedai Kopi 88', 'مریم')).toEqual(['Kedai Kopi 88', 'مریم']);
    expect(names('', 'Ana')).toEqual(['Ana']);
    expect(names('Corner Bakery', '')).toEqual(['Corner Bakery']);
    const plain = decodeShareCode(encodeShareCode({ answers: mixed() }));
    expect(plain.ok && sharedNames(plain.result)).toEqual([]);
  });
});

// Cases written against the mutants StrykerJS left alive in share-code.ts (docs/mutation.md).
describe('input checks of the encoder', () => {
  it.each([undefined, 0, 6, -1, 2.5, Number.NaN])(
    'refuses %s as an answer and names the statement',
    (value) => {
      const answers: Record<string, number | undefined> = { ...mixed(2), 'staff.3': value };
      expect(() => encodeShareCode({ answers: answers as CompleteAnswers })).toThrow(
        new RangeError(`Only a complete result can be shared; staff.3 is ${String(value)}`),
      );
    },
  );

  it('names the workshop tag it refuses', () => {
    expect(() => encodeShareCode({ answers: mixed(0), workshopTag: 'K7QU' })).toThrow(
      new RangeError('Not a workshop tag: K7QU'),
    );
  });

  it.each([
    ['no time', undefined, null],
    ['null', null, null],
    ['the epoch itself (day 0 means unknown)', 0, null],
    ['before 1970', -DAY_MS, null],
    ['a time of day', COMPLETED_AT, DAY_START],
    ['the last day a code can carry', 0xffff * DAY_MS + 5, 0xffff * DAY_MS],
    ['after it (capped)', 0x1_0000 * DAY_MS * 2, 0xffff * DAY_MS],
  ] as const)('keeps the day of completion: %s', (_, completedAt, expected) => {
    // Read in 2150, so every day a code can carry is in the past.
    const decoded = decodeShareCode(encodeShareCode({ answers: mixed(1), completedAt }), IN_2150);
    expect(decoded.ok && decoded.result.completedAt).toBe(expected);
  });

  it('trims names before cutting and storing them', () => {
    const decoded = decodeShareCode(
      encodeShareCode({
        answers: mixed(0),
        names: { businessName: '  Warung Sari \n', respondent: `\t${'x'.repeat(130)}` },
      }),
    );
    expect(decoded.ok && decoded.result.names).toEqual({
      businessName: 'Warung Sari',
      respondent: 'x'.repeat(120),
    });
  });
});

/** The 12 header bytes: version, flags, the packed answers, the day. */
function header(version: number, flags: number, packed = 0n, day = 0): number[] {
  const answers = Array.from({ length: 8 }, (_, i) =>
    Number((packed >> BigInt(56 - 8 * i)) & 0xffn),
  );
  return [version, flags, ...answers, day >> 8, day & 0xff];
}

describe('what the decoder refuses even with a correct checksum', () => {
  const ALL_FIVES = 5n ** 25n - 1n;

  it('reads the largest packed answers and refuses anything above them', () => {
    expect(decodeShareCode(withCrc(header(1, 0, ALL_FIVES)))).toEqual({
      ok: true,
      result: {
        answers: filled(5),
        completedAt: null,
        resultId: null,
        names: null,
        workshopTag: null,
      },
    });
    for (const packed of [ALL_FIVES + 1n, 2n ** 64n - 1n]) {
      expect(decodeShareCode(withCrc(header(1, 0, packed)))).toEqual({
        ok: false,
        error: 'malformed',
      });
    }
  });

  it.each([
    ['version 0', header(0, 0)],
    ['a flag no version knows', header(1, 8)],
    ['a byte after the last part', [...header(1, 0), 0]],
    ['a byte after the result id', [...header(1, 1), ...Array<number>(8).fill(7), 0]],
    ['a name longer than what follows', [...header(1, 2), 5, 0x41, 0]],
    ['no length for the second name', [...header(1, 2), 1, 0x41]],
    ['no names at all', header(1, 2)],
    ['a name that is not UTF-8', [...header(1, 2), 1, 0xff, 0]],
    ['a name with a cut UTF-8 character', [...header(1, 2), 1, 0xc3, 0]],
    ['a result id cut short', [...header(1, 1), 1, 2, 3]],
    ['a workshop tag cut short', [...header(2, 4), 0]],
    [
      'a name longer than a name may be',
      [
        ...header(1, 2),
        MAX_SHARED_NAME_BYTES + 1,
        ...Array<number>(MAX_SHARED_NAME_BYTES + 1).fill(0x41),
        0,
      ],
    ],
  ])('refuses %s as malformed', (_, body) => {
    expect(decodeShareCode(withCrc(body))).toEqual({ ok: false, error: 'malformed' });
  });

  it('reads names of any length up to the end, UTF-8 included', () => {
    const body = [...header(1, 2), 2, 0xc3, 0xa9, 0];
    const decoded = decodeShareCode(withCrc(body));
    expect(decoded.ok && decoded.result.names).toEqual({ businessName: 'é', respondent: '' });
  });

  it('refuses every body cut short, whatever parts it announces', () => {
    const full = fromCode(
      encodeShareCode({
        answers: mixed(3),
        assessmentId: 'x-9',
        names: { businessName: 'Café Nora', respondent: 'Nora' },
        workshopTag: 'K7QX',
      }),
    );
    const body = [...full.subarray(0, full.length - 4)];
    for (let length = 12; length < body.length; length++) {
      expect(decodeShareCode(withCrc(body.slice(0, length))), `${length} bytes`).toEqual({
        ok: false,
        error: 'malformed',
      });
    }
  });

  it('reads a day of completion outside the accepted range as unknown, not as an error', () => {
    const now = Date.UTC(2025, 0, 1);
    const completedAt = (day: number) => {
      const decoded = decodeShareCode(withCrc(header(1, 0, 0n, day)), now);
      if (!decoded.ok) throw new Error(decoded.error);
      return decoded.result.completedAt;
    };
    const dayOf = (time: number) => time / DAY_MS;
    expect(completedAt(dayOf(Date.UTC(2024, 5, 1)))).toBe(Date.UTC(2024, 5, 1));
    expect(completedAt(dayOf(Date.UTC(2025, 5, 1)))).toBeNull(); // after tomorrow
    expect(completedAt(dayOf(Date.UTC(1999, 11, 31)))).toBeNull(); // before 2000
    expect(completedAt(0)).toBeNull(); // no date
  });

  it('calls a well-formed code from any later version "version"', () => {
    for (const version of [3, 9, 255]) {
      expect(decodeShareCode(withCrc(header(version, 0)))).toEqual({ ok: false, error: 'version' });
    }
  });
});

describe('textHash', () => {
  // cyrb53's published values (github.com/bryc/code, jshash/experimental/cyrb53.js).
  it.each([
    ['b', 8684336938537663],
    ['revenge', 4051478007546757],
    ['revenue', 8309097637345594],
  ])('hashes %j as cyrb53 does: %d', (text, value) => {
    expect(textHash(text)).toBe(value.toString(16).padStart(14, '0'));
  });

  it('always gives 14 hex digits, and different ones for texts differing by a character', () => {
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 1 }), (text, extra) => {
        expect(textHash(text)).toMatch(/^[0-9a-f]{14}$/);
        expect(textHash(text + extra)).not.toBe(textHash(text));
      }),
    );
  });
});

describe('which error a damaged code gets', () => {
  it.each([
    ['', 'truncated'],
    ['  \n', 'truncated'],
    ['AQ', 'truncated'], // the first byte of a version-1 code
    ['Ag', 'truncated'], // … of a version-2 code
    ['Aw', 'malformed'], // short text that does not start like a code
    ['abcd', 'malformed'],
  ])('%j is %s', (text, error) => {
    expect(decodeShareCode(text)).toEqual({ ok: false, error });
  });

  it('ignores whitespace around a code', () => {
    const code = encodeShareCode({ answers: mixed(2), assessmentId: 'x' });
    expect(decodeShareCode(` \t${code}\n`)).toEqual(decodeShareCode(code));
    expect(decodeShareCode(code).ok).toBe(true);
  });

  it('refuses leftover characters a whole code does not need, even ones holding zero bits', () => {
    for (const code of [
      encodeShareCode({ answers: mixed(0), assessmentId: 'x' }), // 32 characters
      encodeShareCode({ answers: mixed(0), assessmentId: 'x', workshopTag: 'K7QX' }), // 36
    ]) {
      expect(code.length % 4).toBe(0);
      expect(decodeShareCode(`${code}A`)).toEqual({ ok: false, error: 'malformed' });
    }
  });
});

describe('links, character by character', () => {
  it.each([
    ['a#bc', 'bc'],
    ['#abc', 'abc'],
    ['abc#', ''],
    ['x#ab<c>', 'ab<c'],
    ['<x#a>b>', 'a>b'],
    ['<abc>', 'abc'],
  ])('takes %j to %j', (text, code) => {
    expect(codeFromLink(text)).toBe(code);
  });

  it.each(['https://x.example', 'https://x.example/', 'https://x.example///'])(
    'makes one link from the origin %s',
    (origin) => {
      expect(shareLink(origin, 'C0de')).toBe('https://x.example/s#C0de');
    },
  );
});

describe('properties over any result', () => {
  const answersArb = fc
    .tuple(...ITEM_IDS.map(() => fc.constantFrom(...ANSWER_VALUES)))
    .map(
      (values) => Object.fromEntries(ITEM_IDS.map((id, i) => [id, values[i]!])) as CompleteAnswers,
    );
  const nameArb = fc
    .string({ unit: 'grapheme', maxLength: 12 })
    .filter((name) => new TextEncoder().encode(name.trim()).length <= 120);
  const inputArb = fc.record({
    answers: answersArb,
    // Days from 2000-01-01 (the earliest accepted time) to the last a code can carry.
    day: fc.option(fc.integer({ min: EARLIEST_TIMESTAMP / DAY_MS, max: 0xffff })),
    assessmentId: fc.option(fc.string({ minLength: 1, maxLength: 40 })),
    names: fc.option(fc.record({ businessName: nameArb, respondent: nameArb })),
    tag: fc.option(fc.integer({ min: 0, max: 2 ** 20 - 1 })),
  });
  type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
  const encode = (input: Input) =>
    encodeShareCode({
      answers: input.answers,
      completedAt: input.day === null ? null : input.day * DAY_MS + 1234,
      assessmentId: input.assessmentId,
      names: input.names,
      workshopTag: input.tag === null ? null : tagFromNumber(input.tag)!,
    });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(decodeShareCode(encode(input), IN_2150)).toEqual({
          ok: true,
          result: {
            answers: input.answers,
            completedAt: input.day === null ? null : input.day * DAY_MS,
            resultId: input.assessmentId ? resultIdFor(input.assessmentId) : null,
            names: input.names && {
              businessName: sharedName(input.names.businessName),
              respondent: sharedName(input.names.respondent),
            },
            workshopTag: input.tag === null ? null : tagFromNumber(input.tag),
          },
        });
      }),
    );
  });

  it('calls every cut-off code "truncated"', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const code = encode(input);
        for (let length = 0; length < code.length; length++) {
          expect(decodeShareCode(code.slice(0, length))).toEqual({ ok: false, error: 'truncated' });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('calls a changed answer character a checksum error, whatever parts follow', () => {
    // Characters 4 to 12 hold only answer bits (bytes 3 to 9), never a length.
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 4, max: 12 }),
        fc.constantFrom(...ALPHABET),
        (input, position, replacement) => {
          const code = encode(input);
          fc.pre(code[position] !== replacement);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(decodeShareCode(changed)).toEqual({ ok: false, error: 'checksum' });
        },
      ),
    );
  });
});
