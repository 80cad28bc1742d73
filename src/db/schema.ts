// The one Centricity database: its tables and every schema version.
// Never edit or remove an old version() entry that carries an upgrade(): browsers
// holding data written by it still need it. A schema change is a new version with an
// upgrade that keeps old data, plus a test in migrations.test.ts that opens a database
// written by the previous version and checks that nothing is lost.

import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Assessment } from '../domain/assessment';
import type { ActionPlan } from '../domain/action-plan';
import type { Policy, PolicyVersion } from '../domain/policy';
import {
  repairActionPlan,
  repairAssessment,
  repairParticipant,
  repairWorkshop,
} from '../domain/repair';
import type { Complaint } from '../domain/complaints';
import type { CustomerSurvey } from '../domain/customer-surveys';
import type { Problem } from '../domain/top-problems';
import type { Workshop, WorkshopParticipant } from '../domain/workshop';
import { intoBlocks, PARTICIPANT_BLOCK_INDEXES, type ParticipantBlock } from './participant-blocks';
import { DB_NAME } from './stored-data';

export { DB_NAME };

export type Setting = { key: string; value: unknown };

export class CentricityDB extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  actionPlans!: EntityTable<ActionPlan, 'assessmentId'>;
  workshops!: EntityTable<Workshop, 'id'>;
  participantBlocks!: EntityTable<ParticipantBlock, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  policies!: EntityTable<Policy, 'id'>;
  policyVersions!: EntityTable<PolicyVersion, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
  customerSurveys!: EntityTable<CustomerSurvey, 'id'>;
  problems!: EntityTable<Problem, 'id'>;

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

/** Version 3 (issue 17): the tables it adds. */
const VERSION_3_STORES = {
  complaints: 'id, receivedAt, updatedAt',
  customerSurveys: 'id, date',
  problems: 'id, createdAt',
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

  // Version 3 (issue 17): the complaint log, the owner's customer survey results and the
  // top-problems worksheet. New tables only, so no upgrade of existing data is needed.
  // Records carry the business name as typed; the same-business rule is applied when
  // reading, so no derived key is stored that could go stale if the rule changes.
  db.version(3).stores(VERSION_3_STORES);

  // Version 4: customer-service policies (one per business, the working draft) and every
  // saved version of each, numbered per policy. New tables only: no upgrade needed.
  db.version(4).stores({
    policies: 'id, updatedAt',
    policyVersions: 'id, policyId, &[policyId+number]',
  });

  // Version 5 (issue 12; 3 and 4 are the complaint-log and policy tables): no new
  // tables. Records stored before imports checked their ranges are brought within the
  // schemas: times no Date can hold (or far in the future) replaced, text cleaned of
  // control characters and bidi overrides and cut to its limit (domain/repair.ts). The
  // complaint-log tables (version 3) were written through today's field rules from the
  // start (domain/fields.ts), so they need no repair.
  db.version(5)
    .stores({})
    .upgrade(async (tx) => {
      const now = Date.now();
      await tx
        .table('assessments')
        .toCollection()
        .modify((record: Assessment, ref: { value: Assessment }) => {
          ref.value = repairAssessment(record, now);
        });
      await tx
        .table('actionPlans')
        .toCollection()
        .modify((record: ActionPlan, ref: { value: ActionPlan }) => {
          ref.value = repairActionPlan(record, now);
        });
      await tx
        .table('workshops')
        .toCollection()
        .modify((record: Workshop, ref: { value: Workshop }) => {
          ref.value = repairWorkshop(record, now);
        });
      await tx
        .table('participants')
        .toCollection()
        .modify((record: WorkshopParticipant, ref: { value: WorkshopParticipant }) => {
          ref.value = repairParticipant(record, now);
        });
    });

  // Version 6 (issue 16): a workshop's participants move from one record each into
  // blocks of up to 500 (participant-blocks.ts), which a browser writes and reads many
  // times faster. The participants table is deleted once its records are in blocks.
  db.version(6)
    .stores({ participants: null, participantBlocks: PARTICIPANT_BLOCK_INDEXES })
    .upgrade(async (tx) => {
      const byWorkshop = new Map<string, WorkshopParticipant[]>();
      const stored: WorkshopParticipant[] = await tx.table('participants').toArray();
      stored.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
      for (const participant of stored) {
        const list = byWorkshop.get(participant.workshopId) ?? [];
        list.push(participant);
        byWorkshop.set(participant.workshopId, list);
      }
      await tx
        .table('participantBlocks')
        .bulkAdd([...byWorkshop].flatMap(([workshopId, list]) => intoBlocks(workshopId, list)));
    });
}
