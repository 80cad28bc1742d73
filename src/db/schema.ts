// The one Centricity database: its tables and every schema version.
// Never edit or remove an old version() entry that carries an upgrade(): browsers
// holding data written by it still need it. A schema change is a new version with an
// upgrade that keeps old data, plus a test in migrations.test.ts that opens a database
// written by the previous version and checks that nothing is lost.

import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Assessment } from '../domain/assessment';
import type { ActionPlan } from '../domain/action-plan';
import type { Policy, PolicyVersion } from '../domain/policy';
import type { Workshop, WorkshopParticipant } from '../domain/workshop';
import { DB_NAME } from './stored-data';

export { DB_NAME };

export type Setting = { key: string; value: unknown };

export class CentricityDB extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  actionPlans!: EntityTable<ActionPlan, 'assessmentId'>;
  workshops!: EntityTable<Workshop, 'id'>;
  participants!: EntityTable<WorkshopParticipant, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  policies!: EntityTable<Policy, 'id'>;
  policyVersions!: EntityTable<PolicyVersion, 'id'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    defineVersions(this);
  }
}

/**
 * Version 1 (the first release): assessments only.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const VERSION_1_STORES = {
  assessments: 'id, updatedAt, completedAt, businessName',
} as const;

function defineVersions(db: Dexie): void {
  db.version(1).stores(VERSION_1_STORES);

  // Version 2: per-section notes on assessments; action plans, workshops with their
  // participants, and settings.
  db.version(2)
    .stores({
      actionPlans: 'assessmentId',
      workshops: 'id, createdAt',
      participants: 'id, workshopId, &[workshopId+fingerprint]',
      settings: 'key',
    })
    .upgrade(async (tx) => {
      await tx
        .table('assessments')
        .toCollection()
        .modify((assessment: Partial<Assessment>) => {
          assessment.notes ??= {};
        });
    });

  // Version 3 belongs to the complaint log (another branch); Dexie allows the gap.
  // Version 4: customer-service policies (one per business, the working draft) and every
  // saved version of each, numbered per policy. New tables only: no upgrade needed.
  db.version(4).stores({
    policies: 'id, updatedAt',
    policyVersions: 'id, policyId, &[policyId+number]',
  });
}
