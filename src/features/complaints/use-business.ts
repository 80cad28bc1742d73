// The business a complaints screen works on: `?business=` in the address (so links and
// reloads keep it), else the business worked on most recently, else none yet.
import { useSearchParams } from 'react-router';
import { useKnownBusinesses, type KnownBusiness } from '../../db/businesses';

export type ChosenBusiness = {
  /** Known businesses, most recent first; undefined while loading. */
  known: KnownBusiness[] | undefined;
  /** The chosen business name, '' when there is none yet. */
  business: string;
  choose: (name: string) => void;
  /** `?business=…` for links to the other complaints screens. */
  query: string;
};

export function useBusiness(): ChosenBusiness {
  const known = useKnownBusinesses();
  const [params, setParams] = useSearchParams();
  const requested = params.get('business')?.trim() ?? '';
  const business = requested || known?.[0]?.name || '';
  return {
    known,
    business,
    choose: (name) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('business', name);
        return next;
      }),
    query: business ? `?${new URLSearchParams({ business }).toString()}` : '',
  };
}
