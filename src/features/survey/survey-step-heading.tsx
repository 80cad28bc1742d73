// The top of a survey step: "Step n of 7" (with the business's name once it is read), the
// section's name as the page heading and its question. None of it waits for storage, so
// the survey page shows it while the audit is read, and the build prerenders it for every
// step and language (src/app/prerender.tsx): a survey step opened by link paints its
// heading and question before any app code runs, and React's first render keeps them in
// place (issue 16).
import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from '../../domain/instrument';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { TextParts } from '../../ui/user-text';

type Props = {
  /** 1-based. */
  step: number;
  section: Section;
  /** Shown after the step once the audit is read. */
  businessName?: string;
  focusKey?: string;
};

export function SurveyStepHeading({ step, section, businessName, focusKey }: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  return (
    <>
      <p className="survey__step-of">
        <TextParts
          parts={[
            t('survey.stepOf', {
              step: format.integer(step),
              count: format.integer(SECTIONS.length),
            }),
            businessName,
          ]}
        />
      </p>
      <PageHeading {...(focusKey === undefined ? {} : { focusKey })}>
        {t(`instrument:sections.${section.id}.name`)}
      </PageHeading>
      <p className="survey__question">{t(`instrument:sections.${section.id}.question`)}</p>
    </>
  );
}
