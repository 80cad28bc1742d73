// What a business's own records say (complaint log and survey rounds), summarised by the
// domain for the audit's feedback and accessibility statements and for the report.

import { useLiveQuery } from 'dexie-react-hooks';
import { businessKey, type BusinessFields } from '../domain/business';
import { recordsSummary, type RecordsSummary } from '../domain/feedback-figures';
import { complaintsOf } from './complaints';
import { customerSurveysOf } from './customer-surveys';
import { db } from './database';

/**
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export async function recordsSummaryOf(
  business: BusinessFields,
  now: number = Date.now(),
): Promise<RecordsSummary> {
  return db.transaction('r', db.complaints, db.customerSurveys, async () =>
    recordsSummary(await complaintsOf(business), await customerSurveysOf(business), now),
  );
}

/**
 * The summary for a business (an audit's name and context), null for an unnamed audit
 * (the same business as no other, so no log belongs to it), undefined while loading.
 */
export function useRecordsSummary(business: BusinessFields): RecordsSummary | null | undefined {
  const key = businessKey(business);
  return useLiveQuery(
    async () => (key === null ? null : recordsSummaryOf(business)),
    // The key stands for the business: a new object for the same business reads nothing anew.
    [key],
  );
}
