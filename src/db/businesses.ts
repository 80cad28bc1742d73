// The businesses this device knows: named in assessments, the complaint log, survey
// results or the problems worksheet, merged by the same-business rule. Read by the
// business picker (src/ui/business-picker.tsx) and by every screen that works per
// business.

import { useLiveQuery } from 'dexie-react-hooks';
import { businessKey, businessLabel, type BusinessFields } from '../domain/business';
import { db } from './database';

export type KnownBusiness = BusinessFields & {
  /** When the business was last worked on (ms). */
  latest: number;
};

/**
 * Every business with a name, as spelled most recently, most recently active first.
 * (The complaint log and its companions need a name; an audit with only a context is
 * not offered.)
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export async function knownBusinesses(): Promise<KnownBusiness[]> {
  const seen = new Map<string, KnownBusiness>();
  const note = (fields: BusinessFields, when: number) => {
    const label = businessLabel(fields);
    const key = businessKey(label);
    if (key === null || label.businessName === '') return;
    const entry = seen.get(key);
    if (!entry || when >= entry.latest) seen.set(key, { ...label, latest: when });
  };
  await db.transaction(
    'r',
    [db.assessments, db.complaints, db.customerSurveys, db.problems],
    async () => {
      await db.assessments.each((a) => note(a, a.updatedAt));
      await db.complaints.each((c) => note(c, c.updatedAt));
      await db.customerSurveys.each((s) => note(s, s.updatedAt));
      await db.problems.each((p) => note(p, p.updatedAt));
    },
  );
  return [...seen.values()].sort(
    (a, b) =>
      b.latest - a.latest ||
      a.businessName.localeCompare(b.businessName) ||
      a.context.localeCompare(b.context),
  );
}

export function useKnownBusinesses(): KnownBusiness[] | undefined {
  return useLiveQuery(knownBusinesses, []);
}
