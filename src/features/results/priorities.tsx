// Placeholder: sections ordered by need with their first advice (issue 8).
import type { Assessment } from '../../domain/assessment';

export function Priorities(_props: { assessment: Assessment }) {
  return null;
}
