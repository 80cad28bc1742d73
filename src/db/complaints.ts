// Repository for the complaint log: every write goes through here, validated with the
// domain's schema, one transaction per user action. Complaints belong to a business by
// its name (the same-business rule); components read through the live-query hooks.

import { useLiveQuery } from 'dexie-react-hooks';
import { businessKey, businessLabel, sameBusiness, type BusinessFields } from '../domain/business';
import {
  closedComplaint,
  complaintSchema,
  reopenedComplaint,
  withFields,
  type Complaint,
  type ComplaintFields,
  type RecoveryStep,
} from '../domain/complaints';
import { db } from './database';
import { newId } from './ids';
import { StorageError, toStorageError, validRecord } from './storage-errors';

const validated = (complaint: Complaint): Complaint => validRecord(complaintSchema, complaint);

/** Reads one complaint, changes it and writes it back in a single transaction. */
async function changeComplaint(
  id: string,
  change: (complaint: Complaint) => Complaint,
): Promise<Complaint> {
  try {
    return await db.transaction('rw', db.complaints, async () => {
      const current = await db.complaints.get(id);
      if (!current) throw new StorageError('notFound', `No complaint ${id}`);
      const next = validated(change(current));
      await db.complaints.put(next);
      return next;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Logs a complaint for a business. Quick entry gives only what it was about, the
 * channel and the category; everything else may follow. Returns the new id.
 */
export async function addComplaint(
  business: BusinessFields,
  fields: ComplaintFields,
  now: number = Date.now(),
): Promise<string> {
  const id = newId();
  const base: Complaint = {
    id,
    ...businessLabel(business),
    ...fields,
    status: 'open',
    resolvedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const complaint = validated(withFields(base, fields, now));
  try {
    await db.transaction('rw', db.complaints, () => db.complaints.add(complaint));
  } catch (error) {
    throw toStorageError(error);
  }
  return id;
}

/** Saves the edited fields of a complaint; its id, business and status stay. */
export async function updateComplaint(
  id: string,
  fields: ComplaintFields,
  now: number = Date.now(),
): Promise<void> {
  await changeComplaint(id, (complaint) => withFields(complaint, fields, now));
}

/** Marks a complaint resolved now. */
export async function closeComplaint(id: string, now: number = Date.now()): Promise<void> {
  await changeComplaint(id, (complaint) => closedComplaint(complaint, now));
}

export async function reopenComplaint(id: string, now: number = Date.now()): Promise<void> {
  await changeComplaint(id, (complaint) => reopenedComplaint(complaint, now));
}

/** Ticks or unticks one step of the service recovery guide on a complaint. */
export async function setRecoveryStep(
  id: string,
  step: RecoveryStep,
  done: boolean,
  now: number = Date.now(),
): Promise<void> {
  await changeComplaint(id, (complaint) => {
    const steps = complaint.recoverySteps.filter((s) => s !== step);
    return withFields(
      complaint,
      { ...complaint, recoverySteps: done ? [...steps, step] : steps },
      now,
    );
  });
}

/** Deletes a complaint; returns it so that Undo can put it back exactly. */
export async function deleteComplaint(id: string): Promise<Complaint> {
  try {
    return await db.transaction('rw', db.complaints, async () => {
      const complaint = await db.complaints.get(id);
      if (!complaint) throw new StorageError('notFound', `No complaint ${id}`);
      await db.complaints.delete(id);
      return complaint;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Undo of deleteComplaint: the same record, id and timestamps. */
export async function restoreComplaint(complaint: Complaint): Promise<void> {
  const record = validated(complaint);
  try {
    await db.transaction('rw', db.complaints, () => db.complaints.put(record));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A business's complaints (by the same-business rule), newest first. */
export async function complaintsOf(business: BusinessFields): Promise<Complaint[]> {
  return db.complaints
    .orderBy('receivedAt')
    .reverse()
    .filter((complaint) => sameBusiness(complaint, business))
    .toArray();
}

/** A business's complaints, newest first; undefined while loading. */
export function useComplaints(
  business: BusinessFields | null | undefined,
): Complaint[] | undefined {
  const key = business ? businessKey(business) : null;
  return useLiveQuery(
    async () => (business && key !== null ? complaintsOf(business) : []),
    // The key stands for the business: a new object for the same business reads nothing anew.
    [key],
  );
}

/** One complaint, null when there is none with that id, undefined while loading. */
export function useComplaint(id: string | undefined): Complaint | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, complaint: id ? ((await db.complaints.get(id)) ?? null) : null }),
    [id],
  );
  return result && result.id === id ? result.complaint : undefined;
}
