// An action plan: goals chosen after an audit, each measurable, owned and dated
// (seed 000: standards must be measurable, specific and time-bound). SPEC §4.

import { z } from 'zod';
import { SECTION_IDS } from './instrument';

export const GOAL_STATUSES = ['planned', 'inProgress', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const goalSchema = z.object({
  id: z.string().min(1).max(100),
  sectionId: z.enum(SECTION_IDS),
  adviceId: z.string().max(100).nullable(),
  what: z.string().min(1).max(500),
  targetValue: z.number().finite(),
  targetUnit: z.string().min(1).max(100),
  owner: z.string().max(120),
  dueDate: z.iso.date(),
  status: z.enum(GOAL_STATUSES),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Goal = z.infer<typeof goalSchema>;

export const actionPlanSchema = z.object({
  assessmentId: z.string().min(1).max(100),
  goals: z.array(goalSchema).max(200),
  /** In-app reminder for the next audit (ISO date), or null. */
  nextAuditDate: z.iso.date().nullable(),
  updatedAt: z.number().int().nonnegative(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;
