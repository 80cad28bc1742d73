// The JSON backup of everything the app stores (SPEC §6): a versioned envelope, and the
// checks a file must pass before any of it may be written. Every problem is reported
// with the record and field it concerns, so a person can find it in the file.
// The record schemas come from their own modules; this one only adds the envelope and
// the rules that span records (unique ids, references, completion).

import { z } from 'zod/mini';
import { actionPlanSchema } from './action-plan';
import { assessmentSchema, isComplete } from './assessment';
import { complaintSchema } from './complaints';
import { customerSurveySchema } from './customer-surveys';
import { ITEM_IDS } from './instrument';
import { MAX_VERSIONS, policySchema, policyVersionSchema } from './policy';
import { problemSchema } from './top-problems';
import { formatPath, issuesFromZodError, type ValidationIssue } from './validation-issues';
import { timestampSchema } from './fields';
import { MAX_PARTICIPANTS, workshopParticipantSchema, workshopSchema } from './workshop';

export const BACKUP_APP = 'centricity';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The largest backup file we read, checked (File.size) before reading: room for a full
 * workshop of MAX_PARTICIPANTS with the longest labels several times over, and for many
 * thousands of assessments with notes (a backup of 20,000 participants is about 17 MB).
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
/** No field of a real backup comes close; longer strings are rejected before parsing. */
const MAX_STRING_LENGTH = 20_000;
const MAX_DEPTH = 12;
/**
 * Settings that describe only the device that stored them (whether its browser granted
 * persistent storage); a backup leaves them out and an import ignores them.
 */
export const DEVICE_ONLY_SETTINGS: ReadonlySet<string> = new Set(['storage.persistence']);
/** The most records of one kind a backup holds (and the database takes in by import). */
export const MAX_RECORDS = 100_000;
export const MAX_SETTINGS = 1_000;
/**
 * Keys that could change an object's prototype when copied: a backup holding one anywhere
 * is refused (the app never writes them).
 * @internal Exported for the round-trip test's generator (knip --production checks the rest).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const settingSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  value: z.json(),
});

const backupSchema = z.strictObject({
  app: z.literal(BACKUP_APP),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: timestampSchema,
  assessments: z.array(assessmentSchema).check(z.maxLength(MAX_RECORDS)),
  actionPlans: z.array(actionPlanSchema).check(z.maxLength(MAX_RECORDS)),
  workshops: z.array(workshopSchema).check(z.maxLength(MAX_RECORDS)),
  participants: z.array(workshopParticipantSchema).check(z.maxLength(MAX_RECORDS)),
  settings: z.array(settingSchema).check(z.maxLength(MAX_SETTINGS)),
  // Optional sections added after format 1 was released: older backups lack them.
  policies: z.optional(z.array(policySchema).check(z.maxLength(MAX_RECORDS))),
  policyVersions: z.optional(z.array(policyVersionSchema).check(z.maxLength(MAX_RECORDS))),
  // Added with the complaint log (issue 17). Optional, so backups made before it still
  // import; every backup made since carries them.
  complaints: z.optional(z.array(complaintSchema).check(z.maxLength(MAX_RECORDS))),
  customerSurveys: z.optional(z.array(customerSurveySchema).check(z.maxLength(MAX_RECORDS))),
  problems: z.optional(z.array(problemSchema).check(z.maxLength(MAX_RECORDS))),
});
export type Backup = z.infer<typeof backupSchema>;

/** What is wrong with a file, as codes the screen translates, plus details by field. */
export type BackupProblem =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notBackup' }
  | { kind: 'futureVersion'; version: number }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  /** The merged database would hold more records of one kind than a backup may carry. */
  | { kind: 'tooManyRecords'; table: BackupTableName; max: number };

/** The record tables of a backup, in the order they are written. */
export const BACKUP_TABLE_NAMES = [
  'assessments',
  'actionPlans',
  'workshops',
  'participants',
  'settings',
  'policies',
  'policyVersions',
  'complaints',
  'customerSurveys',
  'problems',
] as const;
export type BackupTableName = (typeof BACKUP_TABLE_NAMES)[number];

export type BackupParseResult =
  { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

type PathSegment = PropertyKey;

/**
 * Walks parsed JSON before schema validation: rejects prototype-polluting keys, strings
 * that no real field needs, and nesting deeper than any real record.
 */
function scanValue(
  value: unknown,
  path: PathSegment[],
  issues: ValidationIssue[],
  depth = 0,
): void {
  if (issues.length >= 20) return;
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH)
      issues.push({
        path: formatPath(path),
        code: 'textTooLong',
        params: { length: value.length, max: MAX_STRING_LENGTH },
        message: `text of ${value.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`,
      });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) {
    issues.push({ path: formatPath(path), code: 'nestedTooDeeply', message: 'nested too deeply' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => scanValue(item, [...path, index], issues, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({
        path: formatPath([...path, key]),
        code: 'forbiddenKey',
        params: { key },
        message: `the key "${key}" is not allowed`,
      });
      continue;
    }
    scanValue((value as Record<string, unknown>)[key], [...path, key], issues, depth + 1);
  }
}

function findDuplicates<T>(
  records: readonly T[],
  keyOf: (record: T) => string,
  table: string,
  field: string,
  issues: ValidationIssue[],
): void {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      issues.push({
        path: `${table}[${index}].${field}`,
        code: 'duplicate',
        params: { value: JSON.stringify(key), first: `${table}[${first}]` },
        message: `duplicate ${JSON.stringify(key)}, already used by ${table}[${first}]`,
      });
  });
}

/** Rules that span records: unique keys, references between tables, completion stamps. */
function crossRecordIssues(backup: Backup): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  findDuplicates(backup.assessments, (a) => a.id, 'assessments', 'id', issues);
  findDuplicates(backup.actionPlans, (p) => p.assessmentId, 'actionPlans', 'assessmentId', issues);
  findDuplicates(backup.workshops, (w) => w.id, 'workshops', 'id', issues);
  findDuplicates(backup.participants, (p) => p.id, 'participants', 'id', issues);
  findDuplicates(
    backup.participants,
    (p) => `${p.workshopId} ${p.fingerprint}`,
    'participants',
    'fingerprint',
    issues,
  );
  findDuplicates(backup.settings, (s) => s.key, 'settings', 'key', issues);
  const policies = backup.policies ?? [];
  const versions = backup.policyVersions ?? [];
  findDuplicates(policies, (p) => p.id, 'policies', 'id', issues);
  findDuplicates(versions, (v) => v.id, 'policyVersions', 'id', issues);
  findDuplicates(versions, (v) => `${v.policyId} ${v.number}`, 'policyVersions', 'number', issues);
  findDuplicates(backup.complaints ?? [], (c) => c.id, 'complaints', 'id', issues);
  findDuplicates(backup.customerSurveys ?? [], (s) => s.id, 'customerSurveys', 'id', issues);
  findDuplicates(backup.problems ?? [], (p) => p.id, 'problems', 'id', issues);

  backup.assessments.forEach((assessment, index) => {
    if (assessment.completedAt !== null && !isComplete(assessment))
      issues.push({
        path: `assessments[${index}].completedAt`,
        code: 'completedUnanswered',
        params: { total: ITEM_IDS.length },
        message: 'set although not all 25 statements are answered',
      });
    if (assessment.updatedAt < assessment.createdAt)
      issues.push({
        path: `assessments[${index}].updatedAt`,
        code: 'updatedBeforeCreated',
        message: 'earlier than createdAt',
      });
  });
  const assessmentIds = new Set(backup.assessments.map((a) => a.id));
  backup.actionPlans.forEach((plan, index) => {
    if (!assessmentIds.has(plan.assessmentId))
      issues.push({
        path: `actionPlans[${index}].assessmentId`,
        code: 'noAssessment',
        params: { id: JSON.stringify(plan.assessmentId) },
        message: `no assessment ${JSON.stringify(plan.assessmentId)} in this backup`,
      });
  });
  const policyIds = new Set(policies.map((p) => p.id));
  const versionCounts = new Map<string, number>();
  versions.forEach((version, index) => {
    versionCounts.set(version.policyId, (versionCounts.get(version.policyId) ?? 0) + 1);
    if (!policyIds.has(version.policyId))
      issues.push({
        path: `policyVersions[${index}].policyId`,
        code: 'noPolicy',
        params: { id: JSON.stringify(version.policyId) },
        message: `no policy ${JSON.stringify(version.policyId)} in this backup`,
      });
  });
  for (const [policyId, count] of versionCounts)
    if (count > MAX_VERSIONS)
      issues.push({
        path: `policyVersions`,
        code: 'tooMany',
        params: { max: MAX_VERSIONS },
        message: `more than ${MAX_VERSIONS} versions of policy ${JSON.stringify(policyId)}`,
      });
  policies.forEach((policy, index) => {
    if (policy.updatedAt < policy.createdAt)
      issues.push({
        path: `policies[${index}].updatedAt`,
        code: 'updatedBeforeCreated',
        message: 'earlier than createdAt',
      });
  });
  const workshopIds = new Set(backup.workshops.map((w) => w.id));
  const perWorkshop = new Map<string, number>();
  backup.participants.forEach((participant, index) => {
    if (!workshopIds.has(participant.workshopId))
      issues.push({
        path: `participants[${index}].workshopId`,
        code: 'noWorkshop',
        params: { id: JSON.stringify(participant.workshopId) },
        message: `no workshop ${JSON.stringify(participant.workshopId)} in this backup`,
      });
    const count = (perWorkshop.get(participant.workshopId) ?? 0) + 1;
    perWorkshop.set(participant.workshopId, count);
    if (count === MAX_PARTICIPANTS + 1)
      issues.push({
        path: `participants[${index}].workshopId`,
        code: 'workshopFull',
        params: { id: JSON.stringify(participant.workshopId), max: MAX_PARTICIPANTS },
        message: `workshop ${JSON.stringify(participant.workshopId)} has more than ${MAX_PARTICIPANTS} participants`,
      });
  });
  return issues;
}

/** Validates an already parsed JSON value as a backup. */
function parseBackupValue(value: unknown): BackupParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: { kind: 'notBackup' } };
  const envelope = value as Record<string, unknown>;
  if (envelope.app !== BACKUP_APP) return { ok: false, problem: { kind: 'notBackup' } };
  const version = envelope.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION)
    return { ok: false, problem: { kind: 'futureVersion', version } };

  const scanIssues: ValidationIssue[] = [];
  scanValue(value, [], scanIssues);
  if (scanIssues.length > 0) return { ok: false, problem: { kind: 'invalid', issues: scanIssues } };

  const parsed = backupSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      problem: { kind: 'invalid', issues: issuesFromZodError(parsed.error, value) },
    };
  const issues = crossRecordIssues(parsed.data);
  if (issues.length > 0) return { ok: false, problem: { kind: 'invalid', issues } };
  return { ok: true, backup: parsed.data };
}

/** Code units encoded per step when a large text's size is counted. */
const SIZE_STEP = 1 << 20;

/**
 * The text's size in UTF-8, as a browser would write it to a file, counted by the
 * platform's encoder a megabyte at a time (never splitting a surrogate pair), so a 100 MB
 * text costs no 100 MB copy and no loop over every character.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function utf8Bytes(text: string): number {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(SIZE_STEP * 3);
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SIZE_STEP, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    bytes += encoder.encodeInto(text.slice(start, end), buffer).written;
    start = end;
  }
  return bytes;
}

/** Checks the size first, then parses the text as JSON, then validates it. */
export function parseBackupText(text: string): BackupParseResult {
  const tooLarge = checkBackupSize(text.length > MAX_BACKUP_BYTES / 4 ? utf8Bytes(text) : 0);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return parseBackupValue(value);
}

/** A file larger than the limit is refused before it is read. */
export function checkBackupSize(bytes: number): BackupProblem | undefined {
  return bytes > MAX_BACKUP_BYTES
    ? { kind: 'tooLarge', bytes, limit: MAX_BACKUP_BYTES }
    : undefined;
}

/** Size in megabytes with at most one decimal. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
