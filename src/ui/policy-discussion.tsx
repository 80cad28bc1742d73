// The group's weakest sections next to the customer-service policy areas that answer
// them (issue 18): a workshop's second half discusses the policy starting from what the
// room scored lowest.
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../domain/instrument';
import { areasForSections } from '../domain/policy';

type Props = { weakest: readonly SectionId[] };

export function PolicyDiscussion({ weakest }: Props) {
  const { t } = useTranslation(['policy', 'instrument']);
  return (
    <section className="policy-discussion" aria-labelledby="policy-discussion-title">
      <h2 id="policy-discussion-title">{t('discussion.title')}</h2>
      {weakest.length === 0 ? (
        <p>{t('discussion.none')}</p>
      ) : (
        <>
          <p>{t('discussion.intro')}</p>
          <dl className="policy-discussion__list" data-testid="policy-discussion">
            {weakest.map((section) => (
              <div key={section}>
                <dt>{t(`instrument:sections.${section}.name`)}</dt>
                <dd>
                  {areasForSections([section])
                    .map((area) => t(`areas.names.${area}`))
                    .join(' · ')}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
