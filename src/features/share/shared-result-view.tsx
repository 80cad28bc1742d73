// A shared result, read-only: the same verdict, charts and section table as Results.
import type { Answers } from '../../domain/instrument';
import { ResultsSummary } from '../../ui/results-summary';

export function SharedResultView({ answers }: { answers: Answers }) {
  return (
    <div className="shared-result">
      <ResultsSummary answers={answers} />
    </div>
  );
}
