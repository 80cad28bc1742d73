// The top of every complaints screen: its heading (with the business name), the links
// between the four screens, and the business picker.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { BusinessFields } from '../../domain/business';
import { BusinessPicker, businessText } from '../../ui/business-picker';
import { PageHeading } from '../../ui/page-heading';
import { useSeparator } from '../../ui/user-text';
import type { ChosenBusiness } from './use-business';

const SCREENS = [
  { to: '/complaints', key: 'nav.log', end: true },
  { to: '/complaints/figures', key: 'nav.figures', end: false },
  { to: '/complaints/surveys', key: 'nav.surveys', end: false },
  { to: '/complaints/problems', key: 'nav.problems', end: false },
] as const;

type Props = {
  chosen: ChosenBusiness;
  /**
   * The heading: given the business as isolated text ("name · context"), or null when
   * none is chosen yet.
   */
  title: (business: string | null) => ReactNode;
  intro: string;
};

/** The chosen business as isolated text for a heading. */
function useBusinessText(): (business: BusinessFields) => string {
  const separator = useSeparator();
  return (business) => businessText(business, separator);
}

export function ComplaintsHeader({ chosen, title, intro }: Props) {
  const { t } = useTranslation('complaints');
  const text = useBusinessText();
  return (
    <header className="complaints-header">
      <PageHeading>{title(chosen.business ? text(chosen.business) : null)}</PageHeading>
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
          businesses={chosen.known}
          value={chosen.business}
          onChange={chosen.choose}
          hint={t('business.hint')}
        />
      )}
    </header>
  );
}
