// Repository for workshops and their participants (issue 7). Every write is validated
// with zod first and runs in one transaction, so a bad batch writes nothing. Duplicates
// are found by the unique [workshopId+fingerprint] index and reported, never stored.
// Also here: saving a result opened from a share link as one of "my assessments".

import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { Assessment } from '../domain/assessment';
import type { SharedResult } from '../domain/share-code';
import {
  MAX_PARTICIPANTS,
  expectedCountSchema,
  participantCandidateSchema,
  workshopNameSchema,
  workshopSchema,
  type ParticipantCandidate,
  type Workshop,
  type WorkshopFile,
  type WorkshopParticipant,
} from '../domain/workshop';
import { newWorkshopTag } from '../domain/workshop-invite';
import { db } from './database';
import { newId } from './ids';
import { StorageError, toStorageError } from './storage-errors';

export type AddOutcome = { added: number; skipped: number };

function invalid(error: z.ZodError): StorageError {
  return new StorageError('invalid', z.prettifyError(error));
}

export async function createWorkshop(name: string, now: number = Date.now()): Promise<string> {
  const parsed = workshopNameSchema.safeParse(name);
  if (!parsed.success) throw invalid(parsed.error);
  const workshop: Workshop = { id: newId(), name: parsed.data, createdAt: now, updatedAt: now };
  try {
    await db.workshops.add(workshop);
  } catch (error) {
    throw toStorageError(error);
  }
  return workshop.id;
}

export async function renameWorkshop(
  id: string,
  name: string,
  now: number = Date.now(),
): Promise<void> {
  const parsed = workshopNameSchema.safeParse(name);
  if (!parsed.success) throw invalid(parsed.error);
  try {
    const updated = await db.workshops.update(id, { name: parsed.data, updatedAt: now });
    if (updated === 0) throw new StorageError('notFound', `No workshop ${id}`);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * The workshop's invite tag, drawn (unlike any other workshop's here) and stored the first
 * time it is needed; workshops made before invites existed get theirs this way.
 */
export async function ensureWorkshopTag(id: string, now: number = Date.now()): Promise<string> {
  try {
    return await db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound', `No workshop ${id}`);
      if (workshop.tag) return workshop.tag;
      const taken = new Set<string>();
      await db.workshops.each((other) => {
        if (other.tag) taken.add(other.tag);
      });
      const tag = workshopSchema.shape.tag.parse(newWorkshopTag(taken))!;
      await db.workshops.update(id, { tag, updatedAt: now });
      return tag;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many participants the trainer expects; null forgets the number. */
export async function setExpectedCount(
  id: string,
  count: number | null,
  now: number = Date.now(),
): Promise<void> {
  const parsed = expectedCountSchema.safeParse(count ?? undefined);
  if (!parsed.success) throw invalid(parsed.error);
  try {
    // Dexie removes a property that is updated to undefined.
    const updated = await db.workshops.update(id, { expectedCount: parsed.data, updatedAt: now });
    if (updated === 0) throw new StorageError('notFound', `No workshop ${id}`);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes the workshop and all its participants together. */
export async function deleteWorkshop(id: string): Promise<void> {
  try {
    await db.transaction('rw', db.workshops, db.participants, async () => {
      await db.participants.where('workshopId').equals(id).delete();
      await db.workshops.delete(id);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

const candidatesSchema = z.array(participantCandidateSchema).max(MAX_PARTICIPANTS);

/**
 * Adds results to a workshop. Results already in the workshop (or repeated in the batch)
 * are skipped and counted. Nothing is written unless every candidate is valid.
 */
export async function addParticipants(
  workshopId: string,
  candidates: readonly ParticipantCandidate[],
  now: number = Date.now(),
): Promise<AddOutcome> {
  const parsed = candidatesSchema.safeParse(candidates);
  if (!parsed.success) throw invalid(parsed.error);
  try {
    return await db.transaction('rw', db.workshops, db.participants, async () => {
      if (!(await db.workshops.get(workshopId))) {
        throw new StorageError('notFound', `No workshop ${workshopId}`);
      }
      const existing = await db.participants.where('workshopId').equals(workshopId).toArray();
      const seen = new Set(existing.map((participant) => participant.fingerprint));
      const fresh: WorkshopParticipant[] = [];
      for (const candidate of parsed.data) {
        if (seen.has(candidate.fingerprint)) continue;
        seen.add(candidate.fingerprint);
        // One millisecond apart, so a batch keeps its order (files, lines of links).
        fresh.push({ ...candidate, id: newId(), workshopId, addedAt: now + fresh.length });
      }
      if (fresh.length > 0) {
        await db.participants.bulkAdd(fresh);
        await db.workshops.update(workshopId, { updatedAt: now });
      }
      return { added: fresh.length, skipped: parsed.data.length - fresh.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function removeParticipant(id: string, now: number = Date.now()): Promise<void> {
  try {
    await db.transaction('rw', db.workshops, db.participants, async () => {
      const participant = await db.participants.get(id);
      if (!participant) return;
      await db.participants.delete(id);
      await db.workshops.update(participant.workshopId, { updatedAt: now });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Imports another trainer's workshop file: a workshop with the same id gets the new
 * participants merged in (duplicates skipped); otherwise the workshop is created.
 */
export async function importWorkshopFile(
  file: WorkshopFile,
  now: number = Date.now(),
): Promise<AddOutcome & { workshopId: string }> {
  const name = workshopNameSchema.safeParse(file.workshop.name);
  if (!name.success) throw invalid(name.error);
  const candidates = candidatesSchema.safeParse(file.participants);
  if (!candidates.success) throw invalid(candidates.error);
  try {
    return await db.transaction('rw', db.workshops, db.participants, async () => {
      const workshopId = file.workshop.id;
      if (!(await db.workshops.get(workshopId))) {
        await db.workshops.add({
          id: workshopId,
          name: name.data,
          createdAt: file.workshop.createdAt,
          updatedAt: now,
        });
      }
      const outcome = await addParticipants(workshopId, candidates.data, now);
      return { ...outcome, workshopId };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Saves a result opened from a share link as one of this browser's assessments. A result
 * with an id is saved once: opening and saving the same link again returns the same
 * assessment.
 */
export async function saveSharedResult(
  shared: SharedResult,
  locale: string,
  now: number = Date.now(),
): Promise<string> {
  const id = shared.resultId ? `shared-${shared.resultId}` : newId();
  const completedAt = shared.completedAt ?? now;
  const assessment: Assessment = {
    id,
    businessName: shared.names?.businessName ?? '',
    respondent: shared.names?.respondent ?? '',
    context: '',
    locale,
    answers: { ...shared.answers },
    notes: {},
    createdAt: completedAt,
    updatedAt: now,
    completedAt,
  };
  try {
    await db.transaction('rw', db.assessments, async () => {
      if (await db.assessments.get(id)) return;
      await db.assessments.add(assessment);
    });
  } catch (error) {
    throw toStorageError(error);
  }
  return id;
}

// --- live queries ---

export type WorkshopSummary = Workshop & { participantCount: number };

/** All workshops, newest first, with their participant counts; undefined while loading. */
export function useWorkshops(): WorkshopSummary[] | undefined {
  return useLiveQuery(async () => {
    const workshops = await db.workshops.orderBy('createdAt').reverse().toArray();
    return Promise.all(
      workshops.map(async (workshop) => ({
        ...workshop,
        participantCount: await db.participants.where('workshopId').equals(workshop.id).count(),
      })),
    );
  }, []);
}

/** The workshop, null when there is none with that id, undefined while loading. */
export function useWorkshop(id: string | undefined): Workshop | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.workshops.get(id)) ?? null) : null), [id]);
}

/** A workshop's participants in the order they were added; undefined while loading. */
export function useParticipants(workshopId: string | undefined): WorkshopParticipant[] | undefined {
  return useLiveQuery(async () => {
    if (!workshopId) return [];
    const participants = await db.participants.where('workshopId').equals(workshopId).toArray();
    return participants.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  }, [workshopId]);
}
