// The top of every complaints screen: its heading (with the business name), the links
// between the four screens, and the business picker.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { BusinessPicker } from '../../ui/business-picker';
import { PageHeading } from '../../ui/page-heading';
import type { ChosenBusiness } from './use-business';

const SCREENS = [
  { to: '/complaints', key: 'nav.log', end: true },
  { to: '/complaints/figures', key: 'nav.figures', end: false },
  { to: '/complaints/surveys', key: 'nav.surveys', end: false },
  { to: '/complaints/problems', key: 'nav.problems', end: false },
] as const;

type Props = {
  chosen: ChosenBusiness;
  /** The heading with the business name in it, or without one when none is chosen. */
  title: (business: string) => ReactNode;
  intro: string;
};

export function ComplaintsHeader({ chosen, title, intro }: Props) {
  const { t } = useTranslation('complaints');
  return (
    <header className="complaints-header">
      <PageHeading>{title(chosen.business)}</PageHeading>
      <nav aria-label={t('nav.label')} className="complaints-nav">
        <ul>
          {SCREENS.map((screen) => (
            <li key={screen.to}>
              <NavLink to={`${screen.to}${chosen.query}`} end={screen.end}>
                {t(screen.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="lead">{intro}</p>
      {chosen.known && (
        <BusinessPicker
          businesses={chosen.known.map((entry) => entry.name)}
          value={chosen.business}
          onChange={chosen.choose}
          hint={t('business.hint')}
        />
      )}
    </header>
  );
}
