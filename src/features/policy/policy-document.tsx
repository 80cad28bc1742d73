// The customer-service policy as a document to print and share with staff: vision,
// standards (with why, aim and how to apply them), the seven areas, the rules kept
// simple, and the staff card. Renders a draft or any saved version; print rules are in
// policy.css (A4 and Letter, right-to-left included).
import { useTranslation } from 'react-i18next';
import { dateFromIso } from '../../domain/calendar-date';
import { POLICY_AREA_IDS, type PolicyContent } from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import { StaffCard } from './staff-card';

type Props = {
  businessName: string;
  content: PolicyContent;
  /** "Version 2, saved …" or "Draft…", shown under the title. */
  status: string;
  /** "Written after the audit of …", when known. */
  auditLine?: string;
};

/** The page's h1 above it names the policy; the document adds its status. */
export function PolicyDocument({ businessName, content, status, auditLine }: Props) {
  const { t } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  const { vision, standards, rules, staffCard } = content;
  const areas = POLICY_AREA_IDS.filter((area) => (content.areas[area] ?? '').trim());
  const notWritten = <p className="muted">{t('document.notWritten')}</p>;

  return (
    <article className="policy-document" data-testid="policy-document">
      <header className="policy-document__header">
        <p className="policy-document__status">{status}</p>
        {auditLine && <p className="policy-document__audit">{auditLine}</p>}
      </header>

      <section aria-labelledby="doc-vision" className="policy-document__vision">
        <h2 id="doc-vision">{t('document.vision')}</h2>
        {vision.statement.trim() ? (
          <p className="policy-document__statement" dir="auto">
            {vision.statement}
          </p>
        ) : (
          notWritten
        )}
      </section>

      <section aria-labelledby="doc-standards">
        <h2 id="doc-standards">{t('document.standards')}</h2>
        {standards.length === 0 ? (
          notWritten
        ) : (
          <ol className="policy-document__standards">
            {standards.map((standard) => {
              const notes: [string, string][] = [
                [t('standards.card.why'), standard.why],
                [t('standards.card.aim'), standard.aim],
                [t('standards.card.how'), standard.howToApply],
                [t('standards.card.basedOn'), standard.evidence],
              ];
              return (
                <li key={standard.id}>
                  <p className="policy-document__standard" dir="auto">
                    {standard.text}
                  </p>
                  <dl className="policy-document__notes">
                    {notes
                      .filter(([, value]) => value.trim())
                      .map(([term, value]) => (
                        <div key={term}>
                          <dt>{term}</dt>
                          <dd dir="auto">{value}</dd>
                        </div>
                      ))}
                    {standard.reviewDate && (
                      <div>
                        <dt>{t('standards.card.review')}</dt>
                        <dd>{format.date(dateFromIso(standard.reviewDate).getTime())}</dd>
                      </div>
                    )}
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="doc-areas">
        <h2 id="doc-areas">{t('document.areas')}</h2>
        {areas.length === 0 ? (
          notWritten
        ) : (
          <dl className="policy-document__areas">
            {areas.map((area) => (
              <div key={area}>
                <dt>{t(`areas.names.${area}`)}</dt>
                <dd dir="auto">{content.areas[area]}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {rules.length > 0 && (
        <section aria-labelledby="doc-rules">
          <h2 id="doc-rules">{t('document.rules')}</h2>
          <ul className="policy-document__rules">
            {rules.map((rule) => (
              <li key={rule.id} dir="auto">
                {rule.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="policy-document__card">
        <StaffCard id="doc-staff-card" businessName={businessName} card={staffCard} />
      </div>

      <footer className="policy-document__footer muted">
        {t('document.printed', { date: format.date(Date.now()) })}
      </footer>
    </article>
  );
}
