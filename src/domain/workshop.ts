// Workshops: a named group of participants' completed results, collected without a
// server (share links, QR codes, files). SPEC §4 (Workshop), §6 (Share).

import { z } from 'zod';
import { answersSchema } from './assessment';

export const workshopSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const PARTICIPANT_SOURCES = ['link', 'file', 'csv', 'local'] as const;

export const workshopParticipantSchema = z.object({
  id: z.string().min(1).max(100),
  workshopId: z.string().min(1).max(100),
  /** A stable identity of the result, used to skip duplicates within a workshop. */
  fingerprint: z.string().min(1).max(200),
  /** Shown only when the participant chose to share a name. */
  label: z.string().max(200).nullable(),
  answers: answersSchema,
  source: z.enum(PARTICIPANT_SOURCES),
  addedAt: z.number().int().nonnegative(),
});
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;
