// Placeholder: per-section notes on the Results screen (issue 6).
import type { Assessment } from '../../domain/assessment';

export function SectionNotes(_props: { assessment: Assessment }) {
  return null;
}
