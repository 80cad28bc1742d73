// The report's text blocks, drawn from ReportContent (the same content the PDF uses).
import type { ReportContent } from './report-content';

export function ReportPriorities({ priorities }: { priorities: ReportContent['priorities'] }) {
  return (
    <section className="report__priorities" aria-labelledby="report-priorities">
      <h2 id="report-priorities">{priorities.title}</h2>
      <p className="muted">{priorities.intro}</p>
      <ol>
        {priorities.items.map((item) => (
          <li key={item.sectionId}>
            <strong>{item.heading}</strong>
            <ul>
              {item.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ReportNotes({ notes }: { notes: ReportContent['notes'] }) {
  return (
    <section className="report__notes" aria-labelledby="report-notes">
      <h2 id="report-notes">{notes.title}</h2>
      {notes.items.length === 0 ? (
        <p className="muted">{notes.empty}</p>
      ) : (
        notes.items.map((note) => (
          <div key={note.sectionId} className="report__note">
            <h3>{note.heading}</h3>
            {/* A note is the user's own text: its direction follows its first letter. */}
            <p className="report__note-text" dir="auto">
              {note.text}
            </p>
          </div>
        ))
      )}
    </section>
  );
}

export function ReportPlan({ plan }: { plan: NonNullable<ReportContent['plan']> }) {
  const [goal, section, target, owner, due, status] = plan.columns;
  return (
    <section aria-labelledby="report-plan-title" className="report-plan">
      <h2 id="report-plan-title">{plan.title}</h2>
      {plan.rows.length > 0 && (
        <div className="report-plan__scroll" tabIndex={0} role="group" aria-label={plan.caption}>
          <table className="data-table report-plan__table">
            <caption className="visually-hidden">{plan.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{goal}</th>
                <th scope="col">{section}</th>
                <th scope="col">{target}</th>
                <th scope="col">{owner}</th>
                <th scope="col" className="nowrap">
                  {due}
                </th>
                <th scope="col">{status}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <bdi>{row.what}</bdi>
                  </th>
                  <td>{row.section}</td>
                  <td>
                    {/* Number and unit in one isolate: "۹۰ % of calls…" keeps its order. */}
                    <bdi data-testid="goal-target">{row.target}</bdi>
                  </td>
                  <td>
                    <bdi>{row.owner}</bdi>
                  </td>
                  <td className="nowrap">{row.due}</td>
                  <td className="nowrap">{row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.nextAudit && <p>{plan.nextAudit}</p>}
    </section>
  );
}

export function ReportAppendix({ appendix }: { appendix: ReportContent['appendix'] }) {
  const [number, statement, answer] = appendix.columns;
  return (
    <section className="report__appendix" aria-labelledby="report-appendix">
      <h2 id="report-appendix">{appendix.title}</h2>
      <table className="data-table report__answers">
        <thead>
          <tr>
            <th scope="col" className="num">
              {number}
            </th>
            <th scope="col">{statement}</th>
            <th scope="col">{answer}</th>
          </tr>
        </thead>
        {appendix.sections.map((section) => (
          <tbody key={section.sectionId}>
            <tr className="report__answers-section">
              <th scope="colgroup" colSpan={3}>
                {section.heading}
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.number}>
                <td className="num">{row.number}</td>
                <td>{row.statement}</td>
                <td className="nowrap">{row.answer}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
