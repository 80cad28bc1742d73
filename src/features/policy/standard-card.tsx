// One saved standard: the sentence, what it serves and is based on, the notes for staff,
// its checks, and its place in the action plan (add it as a goal, or open the goal).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActionPlan } from '../../db/action-plans';
import { dateFromIso } from '../../domain/calendar-date';
import { PEPI_FIELDS, checkSavedStandard, type ServiceStandard } from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import { StandardChecks } from './standard-checks';
import { UserText } from '../../ui/user-text';

type Props = {
  standard: ServiceStandard;
  /** The latest completed audit of the business, whose plan receives new goals. */
  auditId: string | null;
  onEdit: () => void;
  onRemove: () => void;
  onAddToPlan: () => void;
};

export function StandardCard({ standard, auditId, onEdit, onRemove, onAddToPlan }: Props) {
  const { t, i18n } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  const linkedPlan = useActionPlan(standard.goal?.assessmentId);
  const linked = Boolean(
    standard.goal && linkedPlan?.goals.some((goal) => goal.id === standard.goal?.goalId),
  );
  const check = checkSavedStandard(standard, i18n.resolvedLanguage ?? i18n.language);
  const facts: [string, string][] = [];
  if (standard.sectionId)
    facts.push([t('standards.card.serves'), t(`instrument:sections.${standard.sectionId}.name`)]);
  if (standard.reviewDate)
    facts.push([
      t('standards.card.review'),
      format.date(dateFromIso(standard.reviewDate).getTime()),
    ]);
  const notes: [string, string][] = [
    [t('standards.card.basedOn'), standard.evidence],
    [t('standards.card.why'), standard.why],
    [t('standards.card.aim'), standard.aim],
    [t('standards.card.how'), standard.howToApply],
  ];
  const pepi = PEPI_FIELDS.filter((key) => standard.pepi[key].trim());

  return (
    <li className="standard-card">
      <h3 className="standard-card__text" dir="auto">
        {standard.text}
      </h3>
      <StandardChecks check={check} id={`standard-${standard.id}-checks`} />
      <dl className="standard-card__facts">
        {[...facts, ...notes]
          .filter(([, value]) => value.trim())
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        {pepi.length > 0 && (
          <div>
            <dt>{t('standards.card.pepi')}</dt>
            <dd>
              <ul className="standard-card__pepi">
                {pepi.map((key) => (
                  <li key={key} dir="auto">
                    <span className="muted">{t(`standards.fields.pepiFields.${key}`)}</span>{' '}
                    <UserText>{standard.pepi[key]}</UserText>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {linked && standard.goal ? (
        <p className="standard-card__plan">
          <span className="standard-card__in-plan">✓ {t('standards.plan.inPlan')}</span>{' '}
          <Link to={`/a/${standard.goal.assessmentId}/plan`}>{t('standards.plan.open')}</Link>
        </p>
      ) : auditId ? (
        <p>
          <button type="button" className="button button--small" onClick={onAddToPlan}>
            {t('standards.plan.add')}
          </button>
        </p>
      ) : (
        <p className="field__hint">{t('standards.plan.needsAudit')}</p>
      )}
      <div className="actions standard-card__actions">
        <button type="button" className="button button--small" onClick={onEdit}>
          {t('standards.edit')}
          <span className="visually-hidden">
            : <UserText>{standard.text}</UserText>
          </span>
        </button>
        <button type="button" className="button button--small button--danger" onClick={onRemove}>
          {t('standards.remove')}
          <span className="visually-hidden">
            : <UserText>{standard.text}</UserText>
          </span>
        </button>
      </div>
    </li>
  );
}
