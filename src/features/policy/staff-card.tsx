// The staff discretion card (seed 003, part 2, step 5): instead of rigid rules, four
// steps for solving a customer's problem, what staff may do without asking, and whom to
// call beyond that. Shown on screen, printed on its own, and at the end of the policy.
import { useTranslation } from 'react-i18next';
import { DISCRETION_STEPS, type StaffCard as StaffCardData } from '../../domain/policy';
import { isolate } from '../../ui/user-text';

type Props = {
  businessName: string;
  card: StaffCardData;
  headingLevel?: 2 | 3;
  id: string;
};

export function StaffCard({ businessName, card, headingLevel = 2, id }: Props) {
  const { t } = useTranslation('policy');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Step = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="staff-card" aria-labelledby={id}>
      <Heading id={id} className="staff-card__title">
        {t('staff.title')}
      </Heading>
      <ol className="staff-card__steps">
        {DISCRETION_STEPS.map((step) => (
          <li key={step}>
            <Step className="staff-card__step-title">{t(`staff.steps.${step}.title`)}</Step>
            <p>{t(`staff.steps.${step}.text`)}</p>
          </li>
        ))}
      </ol>
      {(card.allowance.trim() || card.escalateTo.trim()) && (
        <dl className="staff-card__limits">
          {card.allowance.trim() && (
            <div>
              <dt>{t('staff.allowance')}</dt>
              <dd dir="auto">{card.allowance}</dd>
            </div>
          )}
          {card.escalateTo.trim() && (
            <div>
              <dt>{t('staff.escalateTo')}</dt>
              <dd dir="auto">{card.escalateTo}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="staff-card__footer">{t('staff.cardFooter', { name: isolate(businessName) })}</p>
    </section>
  );
}
