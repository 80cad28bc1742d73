import { useTranslation } from 'react-i18next';
import { ANSWER_VALUES } from '../../domain/instrument';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';

export function AboutPage() {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  return (
    <article className="page page--narrow prose">
      <PageHeading>{t('about.title')}</PageHeading>
      <h2>{t('about.instrumentTitle')}</h2>
      <p>{t('about.instrumentBody')}</p>
      <h2>{t('about.scaleTitle')}</h2>
      <p>{t('about.scaleBody')}</p>
      <dl className="scale-legend">
        {ANSWER_VALUES.map((value) => (
          <div key={value}>
            <dt>{format.integer(value)}</dt>
            <dd>{t(`instrument:scale.${value}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('about.scaleOurs')}</p>
      <h2>{t('about.scoringTitle')}</h2>
      <ul>
        <li>{t('about.scoringAverage')}</li>
        <li>{t('about.scoringTotal')}</li>
        <li>{t('about.scoringBands')}</li>
        <li>{t('about.scoringBetween')}</li>
        <li>{t('about.scoringExact')}</li>
      </ul>
      <h2>{t('about.recordsTitle')}</h2>
      <p>{t('about.recordsBody')}</p>
      <h2 id="csat-nps">{t('about.measuresTitle')}</h2>
      <ul>
        <li>{t('about.measuresCsat')}</li>
        <li>{t('about.measuresNps')}</li>
      </ul>
      <p>{t('about.measuresSource')}</p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacyBody')}</p>
    </article>
  );
}
