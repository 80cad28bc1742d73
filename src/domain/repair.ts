// Bringing records stored by an older version within today's rules (issue 12): before
// this version, imports accepted any non-negative timestamp and any text, so a stored
// record may hold a time no Date can show (which crashed every screen that listed it),
// a time far in the future (which made every later backup look older), or names with
// control characters and bidi overrides. The database upgrade passes every record
// through these functions; each returns the record as the schema accepts it, or the
// record unchanged when it cannot be mended (the screens then show it with "—").
// Repairs keep everything a person wrote: text is cleaned and cut, never dropped.

import {
  MAX_GOAL_WHAT,
  MAX_OWNER,
  MAX_TARGET_UNIT,
  actionPlanSchema,
  type ActionPlan,
} from './action-plan';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, assessmentSchema, type Assessment } from './assessment';
import { cleanLine, cleanMultiline, clipText } from './text';
import { isAcceptedTimestamp } from './timestamps';
import {
  MAX_LABEL,
  MAX_WORKSHOP_NAME,
  workshopParticipantSchema,
  workshopSchema,
  type Workshop,
  type WorkshopParticipant,
} from './workshop';

/** The timestamp if accepted at `now`, else the first accepted fallback, else `now`. */
function moment(value: unknown, now: number, ...fallbacks: unknown[]): number {
  for (const candidate of [value, ...fallbacks])
    if (isAcceptedTimestamp(candidate, now)) return candidate;
  return now;
}

function line(value: unknown, max: number): string {
  return typeof value === 'string' ? cleanLine(clipText(cleanLine(value), max)) : '';
}

function parsedOr<T>(
  schema: { safeParse(value: unknown): { success: boolean; data?: T } },
  value: T,
  original: T,
): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : original;
}

export function repairAssessment(record: Assessment, now: number): Assessment {
  const createdAt = moment(record.createdAt, now, record.updatedAt, record.completedAt);
  const updatedAt = Math.max(createdAt, moment(record.updatedAt, now, createdAt));
  const completedAt =
    record.completedAt === null ? null : moment(record.completedAt, now, updatedAt);
  const notes = Object.fromEntries(
    Object.entries(record.notes ?? {}).map(([section, text]) => [
      section,
      clipText(cleanMultiline(String(text)), MAX_NOTE_LENGTH),
    ]),
  );
  return parsedOr(
    assessmentSchema,
    {
      ...record,
      businessName: line(record.businessName, MAX_NAME_LENGTH),
      respondent: line(record.respondent, MAX_NAME_LENGTH),
      context: line(record.context, MAX_NAME_LENGTH),
      notes,
      createdAt,
      updatedAt,
      completedAt,
    },
    record,
  );
}

export function repairWorkshop(record: Workshop, now: number): Workshop {
  const createdAt = moment(record.createdAt, now, record.updatedAt);
  return parsedOr(
    workshopSchema,
    {
      ...record,
      name: line(record.name, MAX_WORKSHOP_NAME) || record.name,
      createdAt,
      updatedAt: Math.max(createdAt, moment(record.updatedAt, now, createdAt)),
    },
    record,
  );
}

export function repairParticipant(record: WorkshopParticipant, now: number): WorkshopParticipant {
  const label = record.label === null ? null : line(record.label, MAX_LABEL) || null;
  return parsedOr(
    workshopParticipantSchema,
    { ...record, label, addedAt: moment(record.addedAt, now) },
    record,
  );
}

export function repairActionPlan(record: ActionPlan, now: number): ActionPlan {
  const goals = record.goals.map((goal) => {
    const createdAt = moment(goal.createdAt, now, goal.updatedAt);
    return {
      ...goal,
      what: line(goal.what, MAX_GOAL_WHAT) || goal.what,
      targetUnit: line(goal.targetUnit, MAX_TARGET_UNIT) || goal.targetUnit,
      owner: line(goal.owner, MAX_OWNER),
      createdAt,
      updatedAt: Math.max(createdAt, moment(goal.updatedAt, now, createdAt)),
    };
  });
  return parsedOr(
    actionPlanSchema,
    { ...record, goals, updatedAt: moment(record.updatedAt, now) },
    record,
  );
}
