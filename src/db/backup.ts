// Export, import and delete-all for the whole database (SPEC §6). Import validates the
// entire file first, then writes everything in ONE transaction: on any failure the
// database is exactly as it was. Re-importing keeps ids; a record replaces the stored
// one only when its updatedAt is newer.

import { useLiveQuery } from 'dexie-react-hooks';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  DEVICE_ONLY_SETTINGS,
  MAX_RECORDS,
  MAX_SETTINGS,
  parseBackupText,
  type Backup,
  type BackupProblem,
  type BackupTableName,
} from '../domain/backup-schema';
import type { ActionPlan } from '../domain/action-plan';
import type { Assessment } from '../domain/assessment';
import { MAX_VERSIONS, type Policy, type PolicyVersion } from '../domain/policy';
import type { Complaint } from '../domain/complaints';
import type { CustomerSurvey } from '../domain/customer-surveys';
import type { Problem } from '../domain/top-problems';
import { MAX_PARTICIPANTS, type Workshop, type WorkshopParticipant } from '../domain/workshop';
import { db } from './database';
import { appendParticipants, countParticipants, readAllParticipants } from './participant-store';
import { toStorageError } from './storage-errors';

export const BACKUP_TABLES = BACKUP_TABLE_NAMES;
type BackupTable = BackupTableName;

/** Thrown inside the import transaction to undo it when a table would hold too much. */
class TooManyRecords extends Error {
  constructor(
    readonly table: BackupTable,
    readonly max: number,
  ) {
    super(`more than ${max} ${table}`);
  }
}
export type TableCounts = Record<BackupTable, number>;

type ImportSummary = { added: TableCounts; updated: TableCounts; skipped: TableCounts };
export type ImportResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problem: BackupProblem }
  | { ok: false; storageError: ReturnType<typeof toStorageError> };

/** Every table a backup holds (a function: `db` may be replaced by the in-memory one). */
function backupTables() {
  return [...CORE_TABLES(), ...COMPLAINT_TABLES(), db.policies, db.policyVersions];
}

function zeroCounts(): TableCounts {
  return {
    assessments: 0,
    actionPlans: 0,
    workshops: 0,
    participants: 0,
    settings: 0,
    policies: 0,
    policyVersions: 0,
    complaints: 0,
    customerSurveys: 0,
    problems: 0,
  };
}

/** Everything stored, as a backup envelope; records in a stable order. */
export async function exportBackup(now: number = Date.now()): Promise<Backup> {
  return db.transaction('r', backupTables(), async () => ({
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now,
    assessments: await db.assessments.orderBy('id').toArray(),
    actionPlans: await db.actionPlans.orderBy('assessmentId').toArray(),
    workshops: await db.workshops.orderBy('id').toArray(),
    participants: (await readAllParticipants()).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
    settings: (await db.settings.orderBy('key').toArray())
      .filter((setting) => !DEVICE_ONLY_SETTINGS.has(setting.key))
      .map((setting) => ({
        key: setting.key,
        value: setting.value as Backup['settings'][number]['value'],
      })),
    policies: await db.policies.orderBy('id').toArray(),
    policyVersions: await db.policyVersions.orderBy('id').toArray(),
    complaints: await db.complaints.orderBy('id').toArray(),
    customerSurveys: await db.customerSurveys.orderBy('id').toArray(),
    problems: await db.problems.orderBy('id').toArray(),
  }));
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}

/** How many records of a backup table are stored (participants are kept in blocks). */
function countTable(table: BackupTable): Promise<number> {
  return table === 'participants' ? countParticipants() : db.table(table).count();
}

/** @internal Exported for its unit test only (knip --production checks the rest). */
export async function countRecords(): Promise<TableCounts> {
  const counts = zeroCounts();
  for (const table of BACKUP_TABLES) counts[table] = await countTable(table);
  return counts;
}

type Timestamped = { updatedAt: number };

/** Adds new records, replaces older ones, skips the rest; counts each outcome. */
async function merge<T extends Timestamped>(
  records: readonly T[],
  keyOf: (record: T) => string,
  table: {
    bulkGet(keys: string[]): Promise<(T | undefined)[]>;
    bulkPut(items: T[]): Promise<unknown>;
  },
  name: BackupTable,
  summary: ImportSummary,
): Promise<void> {
  const existing = await table.bulkGet(records.map(keyOf));
  const writes: T[] = [];
  records.forEach((record, index) => {
    const stored = existing[index];
    if (!stored) {
      summary.added[name] += 1;
      writes.push(record);
    } else if (record.updatedAt > stored.updatedAt) {
      summary.updated[name] += 1;
      writes.push(record);
    } else {
      summary.skipped[name] += 1;
    }
  });
  if (writes.length > 0) await table.bulkPut(writes);
}

// The tables are read when a transaction starts: `db` may have been replaced by the
// in-memory fallback (database.ts).
const CORE_TABLES = () => [
  db.assessments,
  db.actionPlans,
  db.workshops,
  db.participantBlocks,
  db.settings,
];
const COMPLAINT_TABLES = () => [db.complaints, db.customerSurveys, db.problems];

/** The complaint log, survey rounds and worksheet (absent in backups made before them). */
async function mergeComplaintTables(backup: Backup, summary: ImportSummary): Promise<void> {
  await merge<Complaint>(
    backup.complaints ?? [],
    (c) => c.id,
    db.complaints,
    'complaints',
    summary,
  );
  await merge<CustomerSurvey>(
    backup.customerSurveys ?? [],
    (s) => s.id,
    db.customerSurveys,
    'customerSurveys',
    summary,
  );
  await merge<Problem>(backup.problems ?? [], (p) => p.id, db.problems, 'problems', summary);
}

/** A result's identity within its workshop (the unique [workshopId+fingerprint] index). */
function resultKey(participant: { workshopId: string; fingerprint: string }): string {
  return JSON.stringify([participant.workshopId, participant.fingerprint]);
}

/** Validates the whole file, then writes it in one transaction. */
export async function importBackup(text: string): Promise<ImportResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  const backup = parsed.backup;
  const summary: ImportSummary = {
    added: zeroCounts(),
    updated: zeroCounts(),
    skipped: zeroCounts(),
  };
  try {
    await db.transaction('rw', backupTables(), async () => {
      await merge<Assessment>(
        backup.assessments,
        (a) => a.id,
        db.assessments,
        'assessments',
        summary,
      );
      await merge<ActionPlan>(
        backup.actionPlans,
        (p) => p.assessmentId,
        db.actionPlans,
        'actionPlans',
        summary,
      );
      await merge<Workshop>(backup.workshops, (w) => w.id, db.workshops, 'workshops', summary);
      await mergeComplaintTables(backup, summary);

      // Participants never change once added: a known id, or a result already in the
      // same workshop (same fingerprint), is skipped. One read of what is stored, one
      // write per workshop, whatever the number of participants (a lookup each took 18 s
      // for 20,000; a record each, 3 s).
      const stored = await readAllParticipants();
      const ids = new Set(stored.map((participant) => participant.id));
      const results = new Set(stored.map(resultKey));
      const writes = new Map<string, WorkshopParticipant[]>();
      for (const participant of backup.participants) {
        const key = resultKey(participant);
        if (ids.has(participant.id) || results.has(key)) summary.skipped.participants += 1;
        else {
          summary.added.participants += 1;
          ids.add(participant.id);
          results.add(key);
          const list = writes.get(participant.workshopId) ?? [];
          list.push(participant);
          writes.set(participant.workshopId, list);
        }
      }
      for (const [workshopId, list] of writes) {
        await appendParticipants(workshopId, list);
        // Each workshop stays within the size every workshop file and backup accepts.
        if ((await countParticipants(workshopId)) > MAX_PARTICIPANTS)
          throw new TooManyRecords('participants', MAX_PARTICIPANTS);
      }

      // Settings carry no timestamp: those already set on this device stay as they are.
      // Device-only settings (from another device's backup) are not this device's.
      for (const setting of backup.settings) {
        if (DEVICE_ONLY_SETTINGS.has(setting.key)) continue;
        if (await db.settings.get(setting.key)) summary.skipped.settings += 1;
        else {
          summary.added.settings += 1;
          await db.settings.add({ key: setting.key, value: setting.value });
        }
      }

      await merge<Policy>(backup.policies ?? [], (p) => p.id, db.policies, 'policies', summary);
      await importPolicyVersions(backup.policyVersions ?? [], summary);
      // What this device holds must still fit in one backup it can import again.
      for (const table of BACKUP_TABLES) {
        const max = table === 'settings' ? MAX_SETTINGS : MAX_RECORDS;
        if ((await countTable(table)) > max) throw new TooManyRecords(table, max);
      }
    });
  } catch (error) {
    if (error instanceof TooManyRecords)
      return { ok: false, problem: { kind: 'tooManyRecords', table: error.table, max: error.max } };
    return { ok: false, storageError: toStorageError(error) };
  }
  return { ok: true, summary };
}

/**
 * Saved versions never change: a known id is skipped. A version whose number is already
 * taken by another version of the same policy (saved on two devices) is kept with the
 * next free number, so neither is lost.
 */
async function importPolicyVersions(
  versions: readonly PolicyVersion[],
  summary: ImportSummary,
): Promise<void> {
  const writes: PolicyVersion[] = [];
  const taken = new Map<string, Set<number>>();
  const numbersOf = async (policyId: string) => {
    let numbers = taken.get(policyId);
    if (!numbers) {
      const stored = await db.policyVersions.where('policyId').equals(policyId).toArray();
      numbers = new Set(stored.map((version) => version.number));
      taken.set(policyId, numbers);
    }
    return numbers;
  };
  // In number order, so renumbered versions keep their relative order.
  const ordered = [...versions].sort((a, b) => a.number - b.number || a.savedAt - b.savedAt);
  for (const version of ordered) {
    if (await db.policyVersions.get(version.id)) {
      summary.skipped.policyVersions += 1;
      continue;
    }
    const numbers = await numbersOf(version.policyId);
    const number = numbers.has(version.number) ? Math.max(...numbers) + 1 : version.number;
    numbers.add(number);
    writes.push({ ...version, number });
    summary.added.policyVersions += 1;
  }
  if (writes.length > 0) await db.policyVersions.bulkAdd(writes);
  // Each policy stays within the number of versions every backup accepts.
  for (const policyId of new Set(writes.map((version) => version.policyId))) {
    const count = await db.policyVersions.where('policyId').equals(policyId).count();
    if (count > MAX_VERSIONS) throw new TooManyRecords('policyVersions', MAX_VERSIONS);
  }
}

/** Deletes every record of every table in one transaction. */
export async function deleteAllData(): Promise<void> {
  try {
    await db.transaction('rw', backupTables(), async () => {
      await Promise.all(backupTables().map((table) => table.clear()));
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many records each table holds, kept live; undefined while loading. */
export function useRecordCounts(): TableCounts | undefined {
  return useLiveQuery(countRecords, []);
}

/** All assessments for the CSV export, oldest first. */
export async function allAssessments(): Promise<Assessment[]> {
  return db.assessments
    .orderBy('id')
    .toArray()
    .then((list) => list.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)));
}
