// /a/:id/share — a completed result as a link (answers in the fragment only), a QR code
// of that link, and a downloadable result file for the trainer. Names are left out
// unless the person ticks the box.

import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAssessment } from '../../db/assessments';
import { isComplete, type Assessment } from '../../domain/assessment';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { QrImage } from '../../ui/qr-image';
import { useFormat } from '../../ui/use-format';
import { Confirmation, useConfirmation } from '../../ui/confirmation';
import { UserText, sentence } from '../../ui/user-text';
import { downloadResultFile, resultLinkFor } from './share-result';
import './share.css';

type CopyState = 'idle' | 'copied' | 'failed';

function namesFor(assessment: Assessment | null | undefined, include: boolean) {
  if (!assessment || !include || !(assessment.businessName || assessment.respondent)) return null;
  return { businessName: assessment.businessName, respondent: assessment.respondent };
}

export function ShareResultPage() {
  const { id } = useParams();
  const { t } = useTranslation(['share', 'common']);
  const format = useFormat();
  const assessment = useAssessment(id);
  const [includeNames, setIncludeNames] = useState(false);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const confirmation = useConfirmation();
  const fileConfirmation = useConfirmation();
  const checkboxId = useId();
  const linkId = useId();

  const complete = assessment ? isComplete(assessment) : false;
  const hasNames = Boolean(assessment && (assessment.businessName || assessment.respondent));
  const names = namesFor(assessment, includeNames);

  const link = useMemo(
    () =>
      assessment && complete
        ? resultLinkFor(assessment, namesFor(assessment, includeNames))
        : undefined,
    [assessment, complete, includeNames],
  );

  if (assessment === undefined) return <p className="page muted">{t('common:app.loading')}</p>;
  if (assessment === null) return <NotFound kind="assessment" />;

  if (!complete || !link) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('create.title')}</PageHeading>
        <p className="notice notice--warning">{t('create.notComplete')}</p>
        <Link className="button button--primary" to={`/a/${assessment.id}`}>
          {t('create.resume')}
        </Link>
      </div>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
      confirmation.show(t('create.copied'));
    } catch {
      setCopyState('failed');
      confirmation.show(t('create.copyFailed'), 'error');
      const input = document.getElementById(linkId);
      if (input instanceof HTMLInputElement) input.select();
    }
  };

  const canShare = typeof navigator.share === 'function';
  const nativeShare = () => {
    navigator.share({ title: t('create.shareTitle'), url: link }).catch(() => {
      // Cancelled by the person, or refused: the link and copy button remain.
    });
  };

  const downloadFile = () => {
    const fileName = downloadResultFile(assessment, names);
    fileConfirmation.show(
      sentence((values) => t('create.fileSaved', values), {
        file: <UserText dir="ltr">{fileName}</UserText>,
      }),
    );
  };

  const codeLength = link.length - link.indexOf('#') - 1;

  return (
    <div className="page">
      <PageHeading>{t('create.title')}</PageHeading>
      <p className="lead">{t('create.intro')}</p>

      <div className="share-grid">
        <section className="card" aria-labelledby="share-link-title">
          <h2 id="share-link-title">{t('create.linkLabel')}</h2>
          {hasNames && (
            <div className="checkbox-field">
              <input
                id={checkboxId}
                type="checkbox"
                checked={includeNames}
                aria-describedby={`${checkboxId}-hint`}
                onChange={(event) => {
                  setIncludeNames(event.target.checked);
                  setCopyState('idle');
                }}
              />
              <div>
                <label htmlFor={checkboxId}>{t('create.includeNames')}</label>
                <p id={`${checkboxId}-hint`} className="field__hint">
                  {t('create.includeNamesHint')}
                </p>
              </div>
            </div>
          )}
          <div className="field">
            <label htmlFor={linkId} className="visually-hidden">
              {t('create.linkLabel')}
            </label>
            <div className="share-link-row">
              <input
                id={linkId}
                type="text"
                dir="ltr"
                readOnly
                value={link}
                data-testid="share-link"
                onFocus={(event) => event.target.select()}
              />
            </div>
            <p className="field__hint">
              {t('create.linkLength', {
                count: codeLength,
                formattedCount: format.integer(codeLength),
              })}
            </p>
          </div>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t('create.copy')}
            </button>
            {canShare && (
              <button type="button" className="button" onClick={nativeShare}>
                {t('create.nativeShare')}
              </button>
            )}
          </div>
          {copyState !== 'idle' && <Confirmation shown={confirmation.shown} />}

          <h2>{t('create.fileTitle')}</h2>
          <p className="field__hint">{t('create.fileHint')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={downloadFile}>
              {t('create.download')}
            </button>
          </div>
          <Confirmation shown={fileConfirmation.shown} />
        </section>

        <section className="card" aria-labelledby="share-qr-title">
          <h2 id="share-qr-title">{t('create.qrTitle')}</h2>
          <p className="field__hint">{t('create.qrHint')}</p>
          <QrImage
            text={link}
            alt={t('create.qrAlt')}
            fallback={<p className="notice notice--warning">{t('create.qrFailed')}</p>}
          />
        </section>
      </div>

      <Link className="button" to={`/a/${assessment.id}/results`}>
        {t('create.back')}
      </Link>
    </div>
  );
}
