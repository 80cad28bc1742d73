// The action plan as printed in the report: each goal with its target, owner, due date
// and status, plus the next audit date. Renders nothing when there is no plan.
import { useTranslation } from 'react-i18next';
import { useActionPlan } from '../../db/action-plans';
import { dateFromIso } from '../../domain/action-plan';
import { useFormat } from '../../ui/use-format';

export function ReportPlan({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation(['plan', 'instrument']);
  const format = useFormat();
  const plan = useActionPlan(assessmentId);
  if (!plan || (plan.goals.length === 0 && !plan.nextAuditDate)) return null;
  const date = (iso: string) => format.date(dateFromIso(iso).getTime());
  return (
    <section aria-labelledby="report-plan-title" className="report-plan">
      <h2 id="report-plan-title">{t('report.title')}</h2>
      {plan.goals.length > 0 && (
        // On a phone the six columns scroll within their box, not the page; printed,
        // the table takes the paper's full width (report.css).
        <div className="report-plan__scroll">
          <table className="data-table report-plan__table">
            <caption>{t('report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.goal')}</th>
                <th scope="col">{t('goals.section')}</th>
                <th scope="col">{t('goals.target')}</th>
                <th scope="col">{t('goals.owner')}</th>
                <th scope="col">{t('goals.due')}</th>
                <th scope="col">{t('form.status')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.goals.map((goal) => (
                <tr key={goal.id}>
                  <th scope="row">{goal.what}</th>
                  <td>{t(`instrument:sections.${goal.sectionId}.name`)}</td>
                  <td>
                    {t('target', { value: format.score(goal.targetValue), unit: goal.targetUnit })}
                  </td>
                  <td>{goal.owner}</td>
                  <td>{date(goal.dueDate)}</td>
                  <td>{t(`status.${goal.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.nextAuditDate && <p>{t('report.nextAudit', { date: date(plan.nextAuditDate) })}</p>}
    </section>
  );
}
