import { describe, expect, it } from 'vitest';
import {
  BAD_BACKUPS,
  T0,
  oversizedBackupText,
  validBackup,
} from '../../tests/fixtures/backup/corpus';
import { describeBackupProblem } from '../../tests/fixtures/backup/describe-problem';
import { MAX_BACKUP_BYTES, checkBackupSize, parseBackupText, utf8Bytes } from './backup-schema';
import { MAX_VERSIONS, emptyPolicyContent } from './policy';
import { MAX_PARTICIPANTS } from './workshop';

describe('parseBackupText', () => {
  it('accepts a valid backup and keeps every field', () => {
    const result = parseBackupText(JSON.stringify(validBackup()));
    expect(result).toEqual({ ok: true, backup: validBackup() });
  });

  it('accepts a backup with a byte-order mark', () => {
    expect(parseBackupText('\uFEFF' + JSON.stringify(validBackup())).ok).toBe(true);
  });

  it('has a corpus of at least 25 bad files', () => {
    expect(BAD_BACKUPS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_BACKUPS.map((c) => c.name)).size).toBe(BAD_BACKUPS.length);
  });

  it.each(BAD_BACKUPS.map((c) => [c.name, c] as const))('rejects %s', (_name, badFile) => {
    const result = parseBackupText(badFile.text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeBackupProblem(result.problem)).toMatch(badFile.message);
  });

  it.each([
    ['plain ASCII', 'abc', 3],
    ['two-byte letters (Slovak, Persian)', 'čا', 4],
    ['a three-byte sign', '€', 3],
    ['a four-byte pair', '😀', 4],
    ['a lone surrogate, as the encoder writes it (U+FFFD)', 'a\uD83D', 4],
    ['a pair across the megabyte step', 'x'.repeat((1 << 20) - 1) + '😀', (1 << 20) - 1 + 4],
    ['two-byte letters over several steps', 'é'.repeat(2_500_000), 5_000_000],
  ])('counts the UTF-8 size of %s', (_name, text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('refuses a file over 100 MB before parsing it, with both sizes', () => {
    const result = parseBackupText(oversizedBackupText(101));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'tooLarge' } });
    if (result.ok) return;
    expect(describeBackupProblem(result.problem)).toBe('file is 101 MB; the limit is 100 MB');
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toMatchObject({ kind: 'tooLarge' });
  });

  it('does not pollute prototypes while checking a hostile file', () => {
    const hostile = BAD_BACKUPS.find((c) => c.name === '__proto__ key in a record')!;
    parseBackupText(hostile.text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every problem, not just the first', () => {
    const backup = validBackup();
    const answers = (backup.assessments as { answers: Record<string, unknown> }[])[0]!.answers;
    answers['culture.1'] = 9;
    answers['staff.9'] = 1;
    const result = parseBackupText(JSON.stringify(backup));
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues).toEqual(
      expect.arrayContaining([
        {
          path: "assessments[0].answers['culture.1']",
          code: 'outOfRange',
          params: { value: '9' },
          message: 'answer 9 is out of range 1–5',
        },
        {
          path: "assessments[0].answers['staff.9']",
          code: 'unknownStatement',
          message: 'unknown statement',
        },
      ]),
    );
  });

  it.each([
    ['unknown statement', 'unknownStatement'],
    ['answer out of range (7)', 'outOfRange'],
    ['fractional answer', 'notWholeNumber'],
    ['answer as text', 'notANumber'],
    ['unknown section note', 'unknownSection'],
    ['wrong type for a name', 'wrongType'],
    ['name too long', 'tooLong'],
    ['missing id', 'missing'],
    ['negative timestamp', 'timestampOutOfRange'],
    ['duplicate assessment ids', 'duplicate'],
    ['plan for an unknown assessment', 'noAssessment'],
    ['participant of an unknown workshop', 'noWorkshop'],
    ['completed but unanswered', 'completedUnanswered'],
    ['__proto__ key in a record', 'forbiddenKey'],
    ['huge string', 'textTooLong'],
    ['goal with a bad date', 'notADate'],
    ['participant with unknown source', 'notAllowed'],
    ['unknown top-level field', 'unknownField'],
    ['deeply nested setting', 'nestedTooDeeply'],
  ])('reports "%s" with the code %s, for the screen to translate', (name, code) => {
    const badFile = BAD_BACKUPS.find((c) => c.name === name)!;
    const result = parseBackupText(badFile.text);
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues.map((issue) => issue.code)).toContain(code);
  });

  it('gives no issue the catch-all code for any file of the corpus', () => {
    for (const badFile of BAD_BACKUPS) {
      const result = parseBackupText(badFile.text);
      if (result.ok || result.problem.kind !== 'invalid') continue;
      expect(result.problem.issues.filter((issue) => issue.code === 'invalid')).toEqual([]);
    }
  });
});

type Json = ReturnType<typeof validBackup>;
type Records = Record<string, unknown>[];

/** The issues a changed copy of the valid backup is refused with (it must be refused). */
function issuesOf(change: (backup: Json) => void) {
  const backup = validBackup();
  change(backup);
  const result = parseBackupText(JSON.stringify(backup));
  if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
  return result.problem.issues.map(({ path, code, params }) => ({ path, code, params }));
}

const table = (backup: Json, name: string) => backup[name] as Records;
const policy = (id: string) => ({
  id,
  businessName: 'Corner Bakery',
  context: '',
  content: emptyPolicyContent(),
  createdAt: T0,
  updatedAt: T0,
});
const version = (id: string, policyId: string, number: number) => ({
  id,
  policyId,
  number,
  savedAt: T0,
  note: '',
  basedOnAssessmentId: null,
  content: emptyPolicyContent(),
});
const participant = (id: string, workshopId: string, fingerprint: string) => ({
  ...table(validBackup(), 'participants')[0],
  id,
  workshopId,
  fingerprint,
});

describe('parseBackupText: rules across records', () => {
  it.each([
    [
      'two participants with one id',
      (b: Json) => table(b, 'participants').push(participant('p-1', 'w-1', 'fp-2')),
      [
        {
          path: 'participants[1].id',
          code: 'duplicate',
          params: { value: '"p-1"', first: 'participants[0]' },
        },
      ],
    ],
    [
      'one result twice in a workshop',
      (b: Json) => table(b, 'participants').push(participant('p-2', 'w-1', 'fp-1')),
      [
        {
          path: 'participants[1].fingerprint',
          code: 'duplicate',
          params: { value: '"w-1 fp-1"', first: 'participants[0]' },
        },
      ],
    ],
    [
      'a setting twice',
      (b: Json) => table(b, 'settings').push({ key: 'storage.persistAsked', value: false }),
      [
        {
          path: 'settings[1].key',
          code: 'duplicate',
          params: { value: '"storage.persistAsked"', first: 'settings[0]' },
        },
      ],
    ],
    [
      'two plans for one audit',
      (b: Json) => table(b, 'actionPlans').push({ ...table(b, 'actionPlans')[0] }),
      [
        {
          path: 'actionPlans[1].assessmentId',
          code: 'duplicate',
          params: { value: '"a-1"', first: 'actionPlans[0]' },
        },
      ],
    ],
    [
      'two policies with one id, and one saved before it was made',
      (b: Json) => {
        b.policies = [policy('pol-1'), { ...policy('pol-1'), updatedAt: T0 - 1 }];
      },
      [
        {
          path: 'policies[1].id',
          code: 'duplicate',
          params: { value: '"pol-1"', first: 'policies[0]' },
        },
        { path: 'policies[1].updatedAt', code: 'updatedBeforeCreated', params: undefined },
      ],
    ],
    [
      'versions with one id, one number twice, and one of a policy not in the file',
      (b: Json) => {
        b.policies = [policy('pol-1')];
        b.policyVersions = [
          version('v-1', 'pol-1', 1),
          version('v-1', 'pol-1', 2),
          version('v-3', 'pol-1', 2),
          version('v-4', 'pol-9', 1),
        ];
      },
      [
        {
          path: 'policyVersions[1].id',
          code: 'duplicate',
          params: { value: '"v-1"', first: 'policyVersions[0]' },
        },
        {
          path: 'policyVersions[2].number',
          code: 'duplicate',
          params: { value: '"pol-1 2"', first: 'policyVersions[1]' },
        },
        { path: 'policyVersions[3].policyId', code: 'noPolicy', params: { id: '"pol-9"' } },
      ],
    ],
    [
      'an audit saved before it was made',
      (b: Json) => {
        table(b, 'assessments')[1]!.updatedAt = T0;
      },
      [{ path: 'assessments[1].updatedAt', code: 'updatedBeforeCreated', params: undefined }],
    ],
  ])('%s', (_, change, issues) => {
    expect(issuesOf(change)).toEqual(issues);
  });

  it(`keeps at most ${MAX_VERSIONS} versions of a policy`, () => {
    const versions = (count: number) =>
      Array.from({ length: count }, (_, i) => version(`v-${i}`, 'pol-1', i + 1));
    const atLimit = validBackup();
    atLimit.policies = [policy('pol-1')];
    atLimit.policyVersions = versions(MAX_VERSIONS);
    expect(parseBackupText(JSON.stringify(atLimit)).ok).toBe(true);
    expect(
      issuesOf((b) => {
        b.policies = [policy('pol-1')];
        b.policyVersions = versions(MAX_VERSIONS + 1);
      }),
    ).toEqual([{ path: 'policyVersions', code: 'tooMany', params: { max: MAX_VERSIONS } }]);
  });

  it(`keeps at most ${MAX_PARTICIPANTS} participants in a workshop, as every other way in`, () => {
    const crowd = (count: number, workshopId: string) =>
      Array.from({ length: count }, (_, i) =>
        participant(`${workshopId}-p${i}`, workshopId, `${workshopId}-f${i}`),
      );
    const full = validBackup();
    full.workshops = [
      { id: 'w-1', name: 'One', createdAt: T0, updatedAt: T0 },
      { id: 'w-2', name: 'Two', createdAt: T0, updatedAt: T0 },
    ];
    // Two full workshops: 20,000 participants, each workshop at its limit.
    full.participants = [...crowd(MAX_PARTICIPANTS, 'w-1'), ...crowd(MAX_PARTICIPANTS, 'w-2')];
    expect(parseBackupText(JSON.stringify(full)).ok).toBe(true);
    expect(
      issuesOf((b) => {
        b.participants = crowd(MAX_PARTICIPANTS + 2, 'w-1');
      }),
    ).toEqual([
      {
        path: `participants[${MAX_PARTICIPANTS}].workshopId`,
        code: 'workshopFull',
        params: { id: '"w-1"', max: MAX_PARTICIPANTS },
      },
    ]);
  });
});

describe('parseBackupText: what is checked before the schema', () => {
  it('refuses a newer format as such, and a format number that is not a whole number as invalid', () => {
    const newer = validBackup();
    newer.formatVersion = 2;
    expect(parseBackupText(JSON.stringify(newer))).toEqual({
      ok: false,
      problem: { kind: 'futureVersion', version: 2 },
    });
    for (const formatVersion of [1.5, '2']) {
      const odd = validBackup();
      odd.formatVersion = formatVersion;
      expect(parseBackupText(JSON.stringify(odd))).toMatchObject({
        ok: false,
        problem: { kind: 'invalid' },
      });
    }
  });

  it('takes text up to the length limit and stops listing problems at twenty', () => {
    const longest = validBackup();
    table(longest, 'assessments')[0]!.notes = { culture: 'x'.repeat(4_000) };
    table(longest, 'settings')[0]!.value = 'x'.repeat(20_000);
    expect(parseBackupText(JSON.stringify(longest)).ok).toBe(true);
    const found = issuesOf((b) => {
      b.settings = Array.from({ length: 25 }, (_, i) => ({
        key: `k${i}`,
        value: 'x'.repeat(20_001),
      }));
    });
    expect(found).toHaveLength(20);
    expect(found[0]).toEqual({
      path: 'settings[0].value',
      code: 'textTooLong',
      params: { length: 20_001, max: 20_000 },
    });
  });

  it('takes a setting nested as deep as a record may be, and no deeper', () => {
    // The setting's value is the fourth level (backup, settings, [0], value); twelve levels
    // below the backup are allowed, so ten objects nested in the value are the most.
    const nested = (levels: number) =>
      JSON.parse('{"a":'.repeat(levels) + '1' + '}'.repeat(levels)) as Json;
    const deepest = validBackup();
    table(deepest, 'settings')[0]!.value = nested(10);
    expect(parseBackupText(JSON.stringify(deepest)).ok).toBe(true);
    expect(
      issuesOf((b) => {
        table(b, 'settings')[0]!.value = nested(11);
      }),
    ).toEqual([
      {
        path: 'settings[0].value' + '.a'.repeat(10),
        code: 'nestedTooDeeply',
        params: undefined,
      },
    ]);
  });
});
