// The businesses this device knows: named in assessments, the complaint log, survey
// results or the problems worksheet, merged by the same-business rule. Read by the
// business picker (src/ui/business-picker.tsx) and by every screen that works per
// business.

import { useLiveQuery } from 'dexie-react-hooks';
import { businessKey } from '../domain/compare';
import { db } from './database';

export type KnownBusiness = {
  /** The spelling used most recently. */
  name: string;
  /** When the business was last worked on (ms). */
  latest: number;
};

/** Every named business, most recently active first. */
export async function knownBusinesses(): Promise<KnownBusiness[]> {
  const seen = new Map<string, KnownBusiness>();
  const note = (name: string, when: number) => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const key = businessKey(trimmed);
    const entry = seen.get(key);
    if (!entry || when >= entry.latest) seen.set(key, { name: trimmed, latest: when });
  };
  await db.transaction(
    'r',
    [db.assessments, db.complaints, db.customerSurveys, db.problems],
    async () => {
      await db.assessments.each((a) => note(a.businessName, a.updatedAt));
      await db.complaints.each((c) => note(c.businessName, c.updatedAt));
      await db.customerSurveys.each((s) => note(s.businessName, s.updatedAt));
      await db.problems.each((p) => note(p.businessName, p.updatedAt));
    },
  );
  return [...seen.values()].sort((a, b) => b.latest - a.latest || a.name.localeCompare(b.name));
}

export function useKnownBusinesses(): KnownBusiness[] | undefined {
  return useLiveQuery(knownBusinesses, []);
}
