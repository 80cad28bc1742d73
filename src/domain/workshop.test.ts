import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue } from './instrument';
import type { CompleteAnswers } from './share-code';
import {
  MAX_PARTICIPANTS,
  candidateFromShared,
  labelFor,
  parseWorkshopInputFile,
  resultFileFor,
  workshopFileFor,
  workshopNameSchema,
  type WorkshopParticipant,
} from './workshop';

const filled = (value: AnswerValue) =>
  Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
/** A moment after 2000 (stored times before it are refused once records are repaired). */
const T = Date.UTC(2026, 0, 5, 9);
const mixed = Object.fromEntries(
  ITEM_IDS.map((id, index) => [id, ((index % 5) + 1) as AnswerValue]),
) as CompleteAnswers;

describe('labelFor', () => {
  it.each([
    ['no names shared', null, null],
    ['undefined', undefined, null],
    ['both names, joined', { businessName: 'Café', respondent: 'Ana' }, 'Café — Ana'],
    ['only the business', { businessName: 'Café', respondent: '' }, 'Café'],
    ['only the person', { businessName: '', respondent: 'Ana' }, 'Ana'],
    ['spaces trimmed', { businessName: '  Café ', respondent: ' Ana  ' }, 'Café — Ana'],
    ['only spaces is no label', { businessName: '   ', respondent: ' ' }, null],
    ['missing fields', {}, null],
  ] as const)('%s → %j', (_case, names, expected) => {
    expect(labelFor(names)).toBe(expected);
  });
});

describe('candidateFromShared', () => {
  const shared = (names: { businessName: string; respondent: string } | null) => ({
    answers: mixed,
    completedAt: null,
    resultId: '0123456789abcdef',
    names,
    workshopTag: null,
  });

  it.each([
    ['with names, from a link', shared({ businessName: 'Café', respondent: '' }), 'link', 'Café'],
    ['without names, from a file', shared(null), 'file', null],
  ] as const)('%s', (_case, result, source, label) => {
    expect(candidateFromShared(result, source)).toEqual({
      fingerprint: 'result:0123456789abcdef',
      label,
      answers: mixed,
      source,
    });
  });
});

describe('a participant result file', () => {
  it('is read back as the candidate it describes, names included', () => {
    const file = resultFileFor({
      resultId: '0123456789abcdef',
      completedAt: 1_700_000_000_000,
      answers: mixed,
      names: { businessName: 'Pekáreň', respondent: 'Ján' },
    });
    expect(file).toMatchObject({ format: 'centricity-result', version: 1 });
    expect(parseWorkshopInputFile(JSON.stringify(file))).toEqual({
      ok: true,
      kind: 'result',
      candidate: {
        fingerprint: 'result:0123456789abcdef',
        label: 'Pekáreň — Ján',
        answers: mixed,
        source: 'file',
      },
    });
  });

  it('carries no names when none were shared', () => {
    const file = resultFileFor({
      resultId: null,
      completedAt: null,
      answers: filled(1),
      names: null,
    });
    expect(Object.keys(file)).not.toContain('businessName');
    const read = parseWorkshopInputFile(JSON.stringify(file));
    expect(read.ok && read.kind === 'result' && read.candidate.label).toBeNull();
  });
});

describe('a workshop file', () => {
  const workshop = { id: 'w1', name: 'Retail course', createdAt: T, updatedAt: T + 900 };
  const participant = (n: number, answers: CompleteAnswers, label: string | null) =>
    ({
      id: `p${n}`,
      workshopId: 'w1',
      fingerprint: `result:${String(n).padStart(16, '0')}`,
      label,
      answers,
      source: 'link',
      addedAt: T + 1_000 + n,
    }) satisfies WorkshopParticipant;

  it('keeps what another trainer needs and leaves out local ids', () => {
    const file = workshopFileFor(workshop, [participant(1, mixed, 'Ana')], T + 5_000);
    expect(file).toEqual({
      format: 'centricity-workshop',
      version: 1,
      exportedAt: T + 5_000,
      workshop: { id: 'w1', name: 'Retail course', createdAt: T },
      participants: [
        {
          fingerprint: 'result:0000000000000001',
          label: 'Ana',
          answers: mixed,
          source: 'link',
          addedAt: T + 1_001,
        },
      ],
    });
  });

  it('is read back with one candidate per participant, in order', () => {
    const group = [participant(1, mixed, 'Ana'), participant(2, filled(2), null)];
    const read = parseWorkshopInputFile(
      JSON.stringify(workshopFileFor(workshop, group, T + 5_000)),
    );
    if (!read.ok || read.kind !== 'workshop') throw new Error(JSON.stringify(read));
    expect(read.file.workshop.name).toBe('Retail course');
    const candidates = read.candidates.map(({ fingerprint, label, answers, source }) => ({
      fingerprint,
      label,
      answers,
      source,
    }));
    expect(candidates).toEqual(
      group.map(({ fingerprint, label, answers, source }) => ({
        fingerprint,
        label,
        answers,
        source,
      })),
    );
  });

  it(`holds at most ${MAX_PARTICIPANTS} participants`, () => {
    const one = workshopFileFor(workshop, [participant(1, filled(3), null)], T + 5_000);
    const many = { ...one, participants: Array(MAX_PARTICIPANTS + 1).fill(one.participants[0]) };
    expect(parseWorkshopInputFile(JSON.stringify(many))).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
    const full = { ...one, participants: Array(MAX_PARTICIPANTS).fill(one.participants[0]) };
    expect(parseWorkshopInputFile(JSON.stringify(full))).toMatchObject({ ok: true });
  });
});

describe('parseWorkshopInputFile refuses', () => {
  const result = (extra: object = {}) =>
    JSON.stringify({
      format: 'centricity-result',
      version: 1,
      resultId: null,
      completedAt: null,
      answers: filled(3),
      ...extra,
    });
  const workshop = (extra: object = {}) =>
    JSON.stringify({
      format: 'centricity-workshop',
      version: 1,
      exportedAt: T,
      workshop: { id: 'w', name: 'W', createdAt: T },
      participants: [],
      ...extra,
    });

  it.each([
    ['text that is not JSON', '{oops', 'notJson'],
    ['JSON without a format', '{"a":1}', 'unknownFormat'],
    ['a format that is not a string', '{"format":1,"version":1}', 'unknownFormat'],
    ['JSON that is not an object', '[1,2]', 'unknownFormat'],
    ['another format', '{"format":"surveyjs","version":1}', 'unknownFormat'],
    ['a newer result file', result({ version: 2 }), 'newerVersion'],
    ['a newer workshop file', workshop({ version: 2 }), 'newerVersion'],
    [
      'a result file over 64 KiB',
      result({ businessName: 'x', pad: ' '.repeat(64 * 1024) }),
      'tooLarge',
    ],
    ['a file over 33 MiB (above any limit)', ' '.repeat(33 * 1024 * 1024), 'tooLarge'],
    ['a result id that is not 16 hex digits', result({ resultId: 'ABCDEF0123456789' }), 'invalid'],
    ['a result missing an answer', result({ answers: { 'culture.1': 3 } }), 'invalid'],
    ['a business name over 120 characters', result({ businessName: 'x'.repeat(121) }), 'invalid'],
    ['a negative completion time', result({ completedAt: -1 }), 'invalid'],
    [
      'a workshop without a name',
      workshop({ workshop: { id: 'w', name: ' ', createdAt: T } }),
      'invalid',
    ],
  ])('%s (%#) → %s', (_case, text, problem) => {
    const read = parseWorkshopInputFile(text);
    expect(read).toMatchObject({ ok: false, problem });
    // Only a parse error or a schema failure has details to show; the rest need none.
    if (problem !== 'notJson' && problem !== 'invalid' && !_case.startsWith('another'))
      expect(read).toMatchObject({ detail: '' });
  });

  it('accepts the same files within their limits', () => {
    expect(parseWorkshopInputFile(result({ version: 1 }))).toMatchObject({
      ok: true,
      kind: 'result',
    });
    expect(parseWorkshopInputFile(workshop())).toMatchObject({ ok: true, kind: 'workshop' });
    expect(parseWorkshopInputFile(result({ businessName: 'x'.repeat(120) }))).toMatchObject({
      ok: true,
    });
    expect(parseWorkshopInputFile(result({ version: 0 }))).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
  });

  it('names the unknown format in its detail and lists schema problems for the screen', () => {
    expect(parseWorkshopInputFile('{"format":"surveyjs","version":1}')).toMatchObject({
      detail: 'surveyjs',
    });
    const bad = parseWorkshopInputFile(result({ answers: { ...filled(3), 'staff.2': 9 } }));
    expect(bad).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: "answers['staff.2']: answer 9 is out of range 1–5",
      issues: [{ path: "answers['staff.2']", code: 'outOfRange' }],
    });
  });
});

describe('workshopNameSchema', () => {
  it.each([
    ['Retail course', 'Retail course'],
    ['  Evening class  ', 'Evening class'],
    ['x'.repeat(200), 'x'.repeat(200)],
  ])('%j → %j', (input, name) => {
    expect(workshopNameSchema.parse(input)).toBe(name);
  });

  it.each([
    ['', 'the workshop needs a name'],
    ['   ', 'the workshop needs a name'],
    ['x'.repeat(201), 'the name is longer than 200 characters'],
  ])('refuses %j: %s', (input, message) => {
    expect(workshopNameSchema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});
