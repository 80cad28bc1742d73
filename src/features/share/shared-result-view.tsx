// A shared result, read-only: the same verdict, charts and section table as Results. Its
// charts are drawn when scrolled near: a first visit from a phone loads and draws none
// it does not show (issue 16).
import type { Answers } from '../../domain/instrument';
import { ResultsSummary } from '../../ui/results-summary';

export function SharedResultView({ answers }: { answers: Answers }) {
  return (
    <div className="shared-result">
      <ResultsSummary answers={answers} drawCharts="inView" />
    </div>
  );
}
