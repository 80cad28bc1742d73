// Records at and past every limit (issue 12), for every kind of file the app reads: each
// is either refused with a problem that has a message in all five languages, leaving the
// database exactly as it was, or accepted — and then exported and read back without
// error. (The screens render the same records in tests/e2e/limits.spec.ts.)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validBackup } from '../../tests/fixtures/backup/corpus';
import {
  BACKUP_LIMITS,
  CSV_LIMITS,
  RESULT_FILE_LIMITS,
  SHARE_CODE_LIMITS,
  WORKSHOP_FILE_LIMITS,
  backupAtTheLimits,
  backupWithParticipants,
  csvText,
  type LimitCase,
  workshopFileText,
} from '../../tests/fixtures/limits';
import { aggregateResults } from '../domain/aggregate';
import { parseBackupText, type BackupProblem } from '../domain/backup-schema';
import { assessmentsToCsv } from '../domain/csv-export';
import { decodeShareCode } from '../domain/share-code';
import {
  MAX_PARTICIPANTS,
  candidateFromShared,
  parseWorkshopInputFile,
  workshopFileFor,
} from '../domain/workshop';
import { candidatesFromCsv, workshopCsv } from '../domain/workshop-csv';
import { allAssessments, backupToJson, deleteAllData, exportBackup, importBackup } from './backup';
import { db } from './database';
import { addParticipants, createWorkshop, importWorkshopFile } from './workshops';

const LANGUAGES = ['en', 'ms', 'id', 'sk', 'fa'] as const;

/** Every key path of a locale file, flattened ("issues.tooLong_other"). */
function keysOf(language: string, namespace: string): Set<string> {
  const file = join(import.meta.dirname, '../../locales', language, `${namespace}.json`);
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value))
        walk(child, prefix ? `${prefix}.${key}` : key);
    else keys.add(prefix);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')), '');
  return keys;
}

/** The problem has a sentence in every language (plural forms count as one key). */
function expectTranslated(namespace: string, key: string): void {
  for (const language of LANGUAGES) {
    const keys = keysOf(language, namespace);
    const found = keys.has(key) || [...keys].some((k) => k.startsWith(`${key}_`));
    expect(found, `${language}/${namespace}.json lacks ${key}`).toBe(true);
  }
}

async function snapshot() {
  const { exportedAt: _exportedAt, ...rest } = await exportBackup(Date.now());
  return rest;
}

/** Everything the app exports, exported now and read back: nothing may throw. */
async function exportEverything() {
  const backup = await exportBackup();
  const parsed = parseBackupText(backupToJson(backup));
  expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problem).slice(0, 500)).toBe(true);
  if (parsed.ok) expect(parsed.backup).toEqual(backup);
  assessmentsToCsv(await allAssessments());
  for (const workshop of backup.workshops) {
    const group = backup.participants.filter((p) => p.workshopId === workshop.id);
    const csv = workshopCsv(group, aggregateResults(group.map((p) => p.answers)), 'Mean');
    if (group.length > 0) expect(candidatesFromCsv(csv).ok).toBe(true);
    const file = parseWorkshopInputFile(
      JSON.stringify(workshopFileFor(workshop, group, Date.now())),
    );
    expect(file.ok).toBe(true);
  }
}

function backupProblemCodes(problem: BackupProblem): string[] {
  return problem.kind === 'invalid' ? problem.issues.map((issue) => issue.code) : [problem.kind];
}

beforeAll(async () => {
  await deleteAllData();
});

beforeEach(async () => {
  await deleteAllData();
  expect((await importBackup(JSON.stringify(validBackup()))).ok).toBe(true);
});

describe('backup', () => {
  it.each(BACKUP_LIMITS.map((c) => [c.name, c] as const))('%s', async (_name, limit) => {
    const before = await snapshot();
    const result = await importBackup(limit.text);
    if (limit.expect.accepted) {
      expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
      await exportEverything();
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok || !('problem' in result)) throw new Error('expected a coded problem');
    expect(backupProblemCodes(result.problem)).toContain(limit.expect.code);
    for (const code of backupProblemCodes(result.problem))
      expectTranslated('data', `issues.${code}`);
    expect(await snapshot()).toEqual(before);
  });

  it('all accepted limits side by side import and export', async () => {
    const result = await importBackup(JSON.stringify(backupAtTheLimits()));
    expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
    await exportEverything();
  });

  it(`a workshop of ${MAX_PARTICIPANTS} participants is accepted; one more is refused`, () => {
    expect(parseBackupText(backupWithParticipants(MAX_PARTICIPANTS)).ok).toBe(true);
    const over = parseBackupText(backupWithParticipants(MAX_PARTICIPANTS + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(backupProblemCodes(over.problem)).toContain('workshopFull');
    expectTranslated('data', 'issues.workshopFull');
  }, 60_000);
});

/** Reads a workshop input file and writes what it holds, as the workshop screens do. */
async function importWorkshopInput(text: string) {
  const parsed = parseWorkshopInputFile(text);
  if (!parsed.ok) return parsed;
  if (parsed.kind === 'workshop') await importWorkshopFile(parsed.file);
  else await addParticipants(await workshopForResults(), [parsed.candidate]);
  return parsed;
}

async function workshopForResults(): Promise<string> {
  return (await db.workshops.get('w-1')) ? 'w-1' : createWorkshop('Results');
}

describe.each([
  ['workshop file', WORKSHOP_FILE_LIMITS],
  ['participant result file', RESULT_FILE_LIMITS],
])('%s', (_kind, cases: LimitCase[]) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, limit) => {
    const before = await snapshot();
    const parsed = await importWorkshopInput(limit.text);
    if (limit.expect.accepted) {
      expect(parsed.ok, JSON.stringify(parsed).slice(0, 400)).toBe(true);
      await exportEverything();
      return;
    }
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const codes = parsed.issues?.map((issue) => issue.code) ?? [parsed.problem];
    expect(codes).toContain(limit.expect.code);
    if (parsed.issues) for (const code of codes) expectTranslated('data', `issues.${code}`);
    else expectTranslated('workshop', `add.fileErrors.${parsed.problem}`);
    expect(await snapshot()).toEqual(before);
  });

  it('the largest workshop file is within the file size limit, and one more is refused', () => {
    const largest = workshopFileText(() => {}, MAX_PARTICIPANTS);
    expect(parseWorkshopInputFile(largest)).toMatchObject({ ok: true, kind: 'workshop' });
    const over = parseWorkshopInputFile(workshopFileText(() => {}, MAX_PARTICIPANTS + 1));
    expect(over).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!over.ok && over.issues?.map((issue) => issue.code)).toContain('tooMany');
  }, 60_000);
});

describe('CSV', () => {
  it.each(CSV_LIMITS.map((c) => [c.name, c] as const))('%s', async (_name, limit) => {
    const before = await snapshot();
    const read = candidatesFromCsv(limit.text);
    if (limit.expect.accepted) {
      expect(read.ok, JSON.stringify(read).slice(0, 400)).toBe(true);
      if (read.ok) await addParticipants('w-1', read.candidates);
      await exportEverything();
      return;
    }
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.kind)).toContain(limit.expect.code);
    for (const problem of read.problems)
      expectTranslated('workshop', `add.fileErrors.${problem.kind}`);
    expect(await snapshot()).toEqual(before);
  });

  it(`${MAX_PARTICIPANTS} rows are read; one more is refused with both numbers`, () => {
    expect(candidatesFromCsv(csvText(MAX_PARTICIPANTS)).ok).toBe(true);
    expect(candidatesFromCsv(csvText(MAX_PARTICIPANTS + 1))).toEqual({
      ok: false,
      problems: [{ kind: 'csvTooMany', rows: MAX_PARTICIPANTS + 1, max: MAX_PARTICIPANTS }],
    });
    expectTranslated('workshop', 'add.fileErrors.csvTooMany');
  }, 60_000);
});

describe('share code', () => {
  it.each(SHARE_CODE_LIMITS.map((c) => [c.name, c] as const))('%s', async (_name, limit) => {
    const before = await snapshot();
    const decoded = decodeShareCode(limit.text);
    if (limit.expect.accepted) {
      expect(decoded.ok, JSON.stringify(decoded)).toBe(true);
      if (decoded.ok) await addParticipants('w-1', [candidateFromShared(decoded.result, 'link')]);
      await exportEverything();
      return;
    }
    expect(decoded).toEqual({ ok: false, error: limit.expect.code });
    expectTranslated('workshop', `add.linkErrors.${limit.expect.code}`);
    expectTranslated('share', `errors.${limit.expect.code}Title`);
    expect(await snapshot()).toEqual(before);
  });
});
