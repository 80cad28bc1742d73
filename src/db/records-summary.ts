// What a business's own records say (complaint log and survey rounds), summarised by the
// domain for the audit's feedback and accessibility statements and for the report.

import { useLiveQuery } from 'dexie-react-hooks';
import { recordsSummary, type RecordsSummary } from '../domain/feedback-figures';
import { complaintsOf } from './complaints';
import { customerSurveysOf } from './customer-surveys';
import { db } from './database';

export async function recordsSummaryOf(
  businessName: string,
  now: number = Date.now(),
): Promise<RecordsSummary> {
  return db.transaction('r', db.complaints, db.customerSurveys, async () =>
    recordsSummary(await complaintsOf(businessName), await customerSurveysOf(businessName), now),
  );
}

/**
 * The summary for a business, null when the name is empty (nothing links an unnamed
 * audit to a log), undefined while loading.
 */
export function useRecordsSummary(
  businessName: string | undefined,
): RecordsSummary | null | undefined {
  return useLiveQuery(
    async () => (businessName?.trim() ? recordsSummaryOf(businessName) : null),
    [businessName],
  );
}
