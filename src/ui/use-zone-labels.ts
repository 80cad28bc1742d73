// The three band zones' names for the score-scale charts, in the active language.
import { useTranslation } from 'react-i18next';

export function useZoneLabels(): { atRisk: string; adequate: string; asset: string } {
  const { t } = useTranslation();
  return {
    atRisk: t('results.zones.atRisk'),
    adequate: t('results.zones.adequate'),
    asset: t('results.zones.asset'),
  };
}
