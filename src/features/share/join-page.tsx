// /j#<tag>/<name> — a trainer's workshop invite, opened on a participant's phone (issue
// 11). One clear path: the workshop's name, an optional first name or seat number, the
// audit, then the result as a QR code to hold up to the trainer's camera. The result is
// also kept here like any other assessment. Nothing is sent anywhere: the invite's tag
// and name come from the fragment.

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { createAssessment, useAssessments } from '../../db/assessments';
import { MAX_NAME_LENGTH, isComplete } from '../../domain/assessment';
import { parseInviteFragment, type Invite } from '../../domain/workshop-invite';
import { currentLanguage } from '../../i18n/i18n';
import { UserText, sentence } from '../../ui/user-text';
import { PageHeading } from '../../ui/page-heading';
import './share.css';
import { useErrorText } from '../../ui/use-error-text';

export function JoinPage() {
  const { hash } = useLocation();
  const invite = parseInviteFragment(hash);
  if (!invite) return <InviteError />;
  return <JoinScreen key={`${invite.tag}/${invite.name ?? ''}`} invite={invite} />;
}

function InviteError() {
  const { t } = useTranslation('share');
  return (
    <div className="page page--narrow" data-testid="invite-error">
      <PageHeading>{t('join.errorTitle')}</PageHeading>
      <p className="notice notice--error">{t('join.errorBody')}</p>
      <p>
        <Link className="button" to="/">
          {t('errors.home')}
        </Link>
      </p>
    </div>
  );
}

function JoinScreen({ invite }: { invite: Invite }) {
  const { t } = useTranslation(['share', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const assessments = useAssessments();
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const inputId = useId();

  // This phone may have joined before (a reload, a second visit): offer to go on.
  const earlier = assessments?.find((assessment) => assessment.invite?.tag === invite.tag);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (who.trim().length > MAX_NAME_LENGTH) {
      setError(t('join.tooLong', { max: MAX_NAME_LENGTH }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const id = await createAssessment(
        { businessName: '', respondent: who, context: invite.name ?? '' },
        currentLanguage(),
        Date.now(),
        { tag: invite.tag, workshopName: invite.name ?? '' },
      );
      await navigate(`/a/${id}/survey/1`);
    } catch (failure) {
      setError(
        t('common:errors.saveFailed', {
          reason: errorText(failure),
        }),
      );
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow join">
      <PageHeading>
        {invite.name ? (
          sentence((values) => t('join.title', values), {
            name: <UserText>{invite.name}</UserText>,
          })
        ) : (
          <>
            {t('join.titleTag')} <UserText dir="ltr">{invite.tag}</UserText>
          </>
        )}
      </PageHeading>
      <p className="lead">{t('join.intro')}</p>
      <ol className="join__steps">
        <li>{t('join.step1')}</li>
        <li>{t('join.step2')}</li>
        <li>{t('join.step3')}</li>
      </ol>
      {earlier && (
        <p className="notice">
          {isComplete(earlier) ? t('join.doneBefore') : t('join.startedBefore')}{' '}
          <Link
            to={isComplete(earlier) ? `/a/${earlier.id}/show` : `/a/${earlier.id}`}
            className="button button--small"
          >
            {isComplete(earlier) ? t('join.showAgain') : t('join.continue')}
          </Link>
        </p>
      )}
      <form className="card join__form" onSubmit={(event) => void start(event)} noValidate>
        <div className="field">
          <label htmlFor={inputId}>
            {t('join.whoLabel')}{' '}
            <span className="field__optional">({t('common:home.optional')})</span>
          </label>
          <p className="field__hint" id={`${inputId}-hint`}>
            {t('join.whoHint')}
          </p>
          <input
            id={inputId}
            type="text"
            autoComplete="given-name"
            value={who}
            aria-describedby={`${inputId}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setWho(event.target.value)}
          />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('join.start')}
        </button>
      </form>
      <p className="field__hint">{t('join.privacy')}</p>
    </div>
  );
}
