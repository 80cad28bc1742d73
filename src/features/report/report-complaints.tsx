// The complaint log, customer surveys and top three problems in the printed report
// (issue 17): the last 90 days of complaints, the latest survey round and the ranked top
// three. The content comes from report-records.ts, shared with the PDF.
import { TextParts, UserText } from '../../ui/user-text';
import type { ReportRecords } from './report-records';

export function ReportComplaints({ records }: { records: ReportRecords }) {
  return (
    <section className="report-complaints" aria-labelledby="report-complaints-title">
      <h2 id="report-complaints-title">{records.title}</h2>
      <h3>{records.windowTitle}</h3>
      <dl className="report__details report-complaints__facts">
        {records.facts.map(({ key, term, value }) => (
          <div key={key} className="report__detail">
            <dt>{term}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {records.topCategories.length > 0 && (
        <p>
          <span className="report__label">{records.topCategoriesLabel}:</span>{' '}
          <TextParts parts={records.topCategories.map(({ name, count }) => `${name} (${count})`)} />
        </p>
      )}
      {records.latestSurvey && (
        <p>
          <span className="report__label">{records.latestSurveyLabel}:</span>{' '}
          <TextParts
            parts={[
              records.latestSurvey.date,
              ...records.latestSurvey.figures.map(({ term, value }) => `${term} ${value}`),
            ]}
          />
        </p>
      )}
      <h3>{records.topProblemsTitle}</h3>
      {records.topProblems.length === 0 ? (
        <p className="muted">{records.noTopProblems}</p>
      ) : (
        <table className="report-complaints__top">
          <thead>
            <tr>
              {records.topProblemsColumns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.topProblems.map((problem) => (
              <tr key={problem.id}>
                <td>{problem.rank}</td>
                <td>
                  <UserText>{problem.title}</UserText>
                </td>
                <td>{problem.frequency}</td>
                <td>{problem.cost}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
