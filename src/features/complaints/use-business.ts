// The business a complaints screen works on: `?business=…&context=…` in the address (so
// links and reloads keep it), else the business worked on most recently, else none yet.
import { useSearchParams } from 'react-router';
import { useKnownBusinesses, type KnownBusiness } from '../../db/businesses';
import type { BusinessFields } from '../../domain/business';

export type ChosenBusiness = {
  /** Known businesses, most recent first; undefined while loading. */
  known: KnownBusiness[] | undefined;
  /** The chosen business, null when there is none yet. */
  business: BusinessFields | null;
  choose: (business: BusinessFields) => void;
  /** `?business=…&context=…` for links to the other complaints screens. */
  query: string;
};

/** The address query that names a business. */
export function businessQuery(business: BusinessFields): string {
  const params = new URLSearchParams({ business: business.businessName });
  if (business.context) params.set('context', business.context);
  return `?${params.toString()}`;
}

export function useBusiness(): ChosenBusiness {
  const known = useKnownBusinesses();
  const [params, setParams] = useSearchParams();
  const requested = params.get('business')?.trim() ?? '';
  const latest = known?.[0];
  const business: BusinessFields | null = requested
    ? { businessName: requested, context: params.get('context')?.trim() ?? '' }
    : latest
      ? { businessName: latest.businessName, context: latest.context }
      : null;
  return {
    known,
    business,
    choose: (chosen) => setParams(new URLSearchParams(businessQuery(chosen).slice(1))),
    query: business ? businessQuery(business) : '',
  };
}
