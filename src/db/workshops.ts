// Repository for workshops and their participants (issue 7). Every write is validated
// with the same zod schemas as an import and runs in one transaction per user action, so
// a bad batch, a failed write or a full workshop writes nothing. Duplicates are decided
// by content (issue 12): the same result (same fingerprint) with the same answers is
// skipped; with different answers it is a conflict, returned for the person to decide.
// Also here: saving a result opened from a share link as one of "my assessments".

import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod/mini';
import { assessmentSchema, type Assessment } from '../domain/assessment';
import { MAX_RECORDS } from '../domain/backup-schema';
import { ITEM_IDS } from '../domain/instrument';
import type { SharedResult } from '../domain/share-code';
import {
  MAX_PARTICIPANTS,
  expectedCountSchema,
  planAdditions,
  sameAnswers,
  workshopNameSchema,
  workshopParticipantSchema,
  workshopSchema,
  type ParticipantCandidate,
  type ParticipantConflict,
  type Workshop,
  type WorkshopFile,
  type WorkshopParticipant,
} from '../domain/workshop';
import { newWorkshopTag } from '../domain/workshop-invite';
import { db } from './database';
import { newId } from './ids';
import {
  appendParticipants,
  countParticipants,
  deleteParticipant,
  deleteWorkshopParticipants,
  readParticipants,
  updateParticipants,
} from './participant-store';
import { StorageError, toStorageError } from './storage-errors';

export type AddOutcome = {
  added: number;
  /** Already in the workshop with the same answers (or repeated in the batch). */
  skipped: number;
  /** The same result with different answers: nothing written for these; ask the person. */
  conflicts: ParticipantConflict[];
};

function invalid(error: z.core.$ZodError): StorageError {
  return new StorageError('invalid', z.prettifyError(error));
}

function validWorkshop(workshop: Workshop): Workshop {
  const parsed = workshopSchema.safeParse(workshop);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

const participantsSchema = z.array(workshopParticipantSchema);

export async function createWorkshop(name: string, now: number = Date.now()): Promise<string> {
  const parsed = workshopNameSchema.safeParse(name);
  if (!parsed.success) throw invalid(parsed.error);
  const workshop = validWorkshop({
    id: newId(),
    name: parsed.data,
    createdAt: now,
    updatedAt: now,
  });
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
    await db.transaction('rw', db.workshops, async () => {
      const workshop = await db.workshops.get(id);
      if (!workshop) throw new StorageError('notFound', `No workshop ${id}`);
      await db.workshops.put(validWorkshop({ ...workshop, name: parsed.data, updatedAt: now }));
    });
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
    await db.transaction('rw', db.workshops, db.participantBlocks, async () => {
      await deleteWorkshopParticipants(id);
      await db.workshops.delete(id);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * The writes of one addition, inside a running transaction: new participants are
 * validated as records and stored; the workshop's size and the database's total stay
 * within their limits, or nothing is written.
 */
async function addWithin(
  workshopId: string,
  candidates: readonly ParticipantCandidate[],
  now: number,
): Promise<AddOutcome> {
  if (!(await db.workshops.get(workshopId))) {
    throw new StorageError('notFound', `No workshop ${workshopId}`);
  }
  const existing = await readParticipants(workshopId);
  const plan = planAdditions(existing, candidates);
  // One millisecond apart, so a batch keeps its order (files, lines of links); a
  // participant moved from another workshop file keeps the moment it was first added.
  const fresh: WorkshopParticipant[] = plan.fresh.map(({ addedAt, ...candidate }, index) => ({
    ...candidate,
    id: newId(),
    workshopId,
    addedAt: addedAt ?? now + index,
  }));
  if (existing.length + fresh.length > MAX_PARTICIPANTS) {
    throw new StorageError('limit', `A workshop holds at most ${MAX_PARTICIPANTS} participants`, {
      params: { max: MAX_PARTICIPANTS, room: MAX_PARTICIPANTS - existing.length },
    });
  }
  if (fresh.length > 0) {
    if ((await countParticipants()) + fresh.length > MAX_RECORDS) {
      throw new StorageError('limit', `At most ${MAX_RECORDS} participants in all`, {
        params: { max: MAX_RECORDS },
      });
    }
    const parsed = participantsSchema.safeParse(fresh);
    if (!parsed.success) throw invalid(parsed.error);
    await appendParticipants(workshopId, parsed.data);
    await db.workshops.update(workshopId, { updatedAt: now });
  }
  return { added: fresh.length, skipped: plan.duplicates, conflicts: plan.conflicts };
}

/**
 * Adds results to a workshop. Results already in the workshop (or repeated in the batch)
 * are skipped and counted; the same result with other answers comes back as a conflict.
 * Nothing is written unless every new participant is valid and the workshop has room.
 */
export async function addParticipants(
  workshopId: string,
  candidates: readonly ParticipantCandidate[],
  now: number = Date.now(),
): Promise<AddOutcome> {
  try {
    return await db.transaction('rw', db.workshops, db.participantBlocks, () =>
      addWithin(workshopId, candidates, now),
    );
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * "Add to a new workshop": the workshop and its first participants in ONE transaction,
 * so a failure leaves no empty workshop behind and a retry does not make a second one.
 */
export async function createWorkshopWithParticipants(
  name: string,
  candidates: readonly ParticipantCandidate[],
  now: number = Date.now(),
): Promise<AddOutcome & { workshopId: string }> {
  const parsed = workshopNameSchema.safeParse(name);
  if (!parsed.success) throw invalid(parsed.error);
  const workshop = validWorkshop({
    id: newId(),
    name: parsed.data,
    createdAt: now,
    updatedAt: now,
  });
  try {
    return await db.transaction('rw', db.workshops, db.participantBlocks, async () => {
      await db.workshops.add(workshop);
      const outcome = await addWithin(workshop.id, candidates, now);
      return { ...outcome, workshopId: workshop.id };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Resolves conflicts by taking the incoming answers: each participant with the
 * candidate's fingerprint gets its answers, label and source; its id and the moment it
 * was first added stay. One transaction for all.
 */
export async function replaceParticipants(
  workshopId: string,
  candidates: readonly ParticipantCandidate[],
  now: number = Date.now(),
): Promise<number> {
  try {
    return await db.transaction('rw', db.workshops, db.participantBlocks, async () => {
      const updates: WorkshopParticipant[] = [];
      const stored = new Map(
        (await readParticipants(workshopId)).map((participant) => [
          participant.fingerprint,
          participant,
        ]),
      );
      for (const candidate of candidates) {
        const current = stored.get(candidate.fingerprint);
        if (!current) throw new StorageError('notFound', `No participant ${candidate.fingerprint}`);
        if (sameAnswers(current.answers, candidate.answers) && current.label === candidate.label)
          continue;
        updates.push({
          ...current,
          answers: candidate.answers,
          label: candidate.label,
          source: candidate.source,
        });
      }
      const parsed = participantsSchema.safeParse(updates);
      if (!parsed.success) throw invalid(parsed.error);
      if (parsed.data.length > 0) {
        await updateParticipants(workshopId, parsed.data);
        await db.workshops.update(workshopId, { updatedAt: now });
      }
      return parsed.data.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function removeParticipant(
  participant: Pick<WorkshopParticipant, 'id' | 'workshopId'>,
  now: number = Date.now(),
): Promise<void> {
  try {
    await db.transaction('rw', db.workshops, db.participantBlocks, async () => {
      if (await deleteParticipant(participant.workshopId, participant.id))
        await db.workshops.update(participant.workshopId, { updatedAt: now });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Imports another trainer's workshop file: a workshop with the same id gets the new
 * participants merged in (duplicates skipped, conflicts returned); otherwise the
 * workshop is created. Participants keep the moment they were first added.
 */
export async function importWorkshopFile(
  file: WorkshopFile,
  now: number = Date.now(),
): Promise<AddOutcome & { workshopId: string }> {
  const workshop = validWorkshop({ ...file.workshop, updatedAt: now });
  try {
    return await db.transaction('rw', db.workshops, db.participantBlocks, async () => {
      if (!(await db.workshops.get(workshop.id))) await db.workshops.add(workshop);
      const outcome = await addWithin(workshop.id, file.participants, now);
      return { ...outcome, workshopId: workshop.id };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export type SaveSharedOutcome =
  | { kind: 'saved' | 'alreadySaved'; id: string }
  /** A result with this id is saved already, with other answers: nothing was written. */
  | { kind: 'conflict'; id: string; stored: Assessment };

/** The id a shared result is saved under: its result id, and its answers when asked to keep both. */
function sharedAssessmentId(shared: SharedResult, keepBoth: boolean): string | null {
  if (!shared.resultId) return null;
  const base = `shared-${shared.resultId}`;
  if (!keepBoth) return base;
  return `${base}-${ITEM_IDS.map((itemId) => shared.answers[itemId]).join('')}`;
}

/**
 * Saves a result opened from a share link as one of this browser's assessments, through
 * the assessment schema like any other write. A result with an id is saved once: saving
 * the same link again finds it ('alreadySaved'). If a result with that id is stored with
 * other answers, nothing is written and the conflict is returned; with `keepBoth` the
 * new answers are saved as a separate assessment.
 */
export async function saveSharedResult(
  shared: SharedResult,
  locale: string,
  now: number = Date.now(),
  options: { keepBoth?: boolean } = {},
): Promise<SaveSharedOutcome> {
  const id = sharedAssessmentId(shared, options.keepBoth ?? false) ?? newId();
  const completedAt = shared.completedAt ?? now;
  const parsed = assessmentSchema.safeParse({
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
  } satisfies Assessment);
  if (!parsed.success) throw invalid(parsed.error);
  const assessment = parsed.data;
  try {
    return await db.transaction('rw', db.assessments, async (): Promise<SaveSharedOutcome> => {
      const stored = await db.assessments.get(id);
      if (stored) {
        return sameAnswers(stored.answers, assessment.answers)
          ? { kind: 'alreadySaved', id }
          : { kind: 'conflict', id, stored };
      }
      await db.assessments.add(assessment);
      return { kind: 'saved', id };
    });
  } catch (error) {
    throw toStorageError(error);
  }
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
        participantCount: await countParticipants(workshop.id),
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
    const participants = await readParticipants(workshopId);
    return participants.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  }, [workshopId]);
}
