// Repository for the results of the owner's customer surveys (CSAT and NPS rounds):
// validated writes, one transaction each, delete with undo; reads by live query.

import { useLiveQuery } from 'dexie-react-hooks';
import { businessKey, businessLabel, sameBusiness, type BusinessFields } from '../domain/business';
import {
  customerSurveySchema,
  type CustomerSurvey,
  type CustomerSurveyFields,
} from '../domain/customer-surveys';
import { db } from './database';
import { newId } from './ids';
import { StorageError, toStorageError, validRecord } from './storage-errors';

const validated = (survey: CustomerSurvey): CustomerSurvey =>
  validRecord(customerSurveySchema, survey);

export async function addCustomerSurvey(
  business: BusinessFields,
  fields: CustomerSurveyFields,
  now: number = Date.now(),
): Promise<string> {
  const survey = validated({
    id: newId(),
    ...businessLabel(business),
    ...fields,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await db.transaction('rw', db.customerSurveys, () => db.customerSurveys.add(survey));
  } catch (error) {
    throw toStorageError(error);
  }
  return survey.id;
}

export async function updateCustomerSurvey(
  id: string,
  fields: CustomerSurveyFields,
  now: number = Date.now(),
): Promise<void> {
  try {
    await db.transaction('rw', db.customerSurveys, async () => {
      const current = await db.customerSurveys.get(id);
      if (!current) throw new StorageError('notFound', `No survey ${id}`);
      await db.customerSurveys.put(validated({ ...current, ...fields, updatedAt: now }));
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes a survey round; returns it for Undo. */
export async function deleteCustomerSurvey(id: string): Promise<CustomerSurvey> {
  try {
    return await db.transaction('rw', db.customerSurveys, async () => {
      const survey = await db.customerSurveys.get(id);
      if (!survey) throw new StorageError('notFound', `No survey ${id}`);
      await db.customerSurveys.delete(id);
      return survey;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function restoreCustomerSurvey(survey: CustomerSurvey): Promise<void> {
  const record = validated(survey);
  try {
    await db.transaction('rw', db.customerSurveys, () => db.customerSurveys.put(record));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A business's survey rounds (by the same-business rule), oldest first. */
export async function customerSurveysOf(business: BusinessFields): Promise<CustomerSurvey[]> {
  return db.customerSurveys
    .orderBy('date')
    .filter((survey) => sameBusiness(survey, business))
    .toArray();
}

export function useCustomerSurveys(
  business: BusinessFields | null | undefined,
): CustomerSurvey[] | undefined {
  const key = business ? businessKey(business) : null;
  return useLiveQuery(
    async () => (business && key !== null ? customerSurveysOf(business) : []),
    // The key stands for the business (see useComplaints).
    [key],
  );
}
