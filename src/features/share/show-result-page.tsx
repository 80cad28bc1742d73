// /a/:id/show — "Show this to your trainer" (issue 11): the finished result as a large,
// high-contrast QR code filling the phone's screen, to hold up to a laptop's webcam at
// arm's length. The screen is kept awake while it shows (Wake Lock, where supported).
// If scanning fails, the link and the result file are one tap away.

import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAssessment } from '../../db/assessments';
import { isComplete, type Assessment } from '../../domain/assessment';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { QrImage } from '../../ui/qr-image';
import { TextParts } from '../../ui/user-text';
import { downloadResultFile, resultLinkFor, type SharedNames } from './share-result';
import './share.css';

/** A participant of an invite chose to be known by this name; anyone else stays anonymous. */
function namesFor(assessment: Assessment): SharedNames {
  if (!assessment.invite || !assessment.respondent.trim()) return null;
  return { businessName: '', respondent: assessment.respondent };
}

function useWakeLock(): void {
  useEffect(() => {
    type Sentinel = { release(): Promise<void> };
    const wakeLock = (navigator as { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } })
      .wakeLock;
    if (!wakeLock) return;
    let sentinel: Sentinel | undefined;
    let done = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      wakeLock.request('screen').then(
        (lock) => {
          if (done) void lock.release();
          else sentinel = lock;
        },
        () => undefined, // refused (battery saver): the screen may dim, nothing else changes
      );
    };
    acquire();
    // The lock is dropped when the page is hidden; take it again on return.
    document.addEventListener('visibilitychange', acquire);
    return () => {
      done = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
}

export function ShowResultPage() {
  const { id } = useParams();
  const { t } = useTranslation(['share', 'common']);
  const assessment = useAssessment(id);

  if (assessment === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (assessment === null) {
    return (
      <main id="main" tabIndex={-1}>
        <NotFound kind="assessment" />
      </main>
    );
  }
  if (!isComplete(assessment)) {
    return (
      <main id="main" className="page page--narrow" tabIndex={-1}>
        <PageHeading>{t('show.title')}</PageHeading>
        <p className="notice notice--warning">{t('create.notComplete')}</p>
        <Link className="button button--primary" to={`/a/${assessment.id}`}>
          {t('create.resume')}
        </Link>
      </main>
    );
  }
  return <ShowResult assessment={assessment} />;
}

function ShowResult({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(['share', 'common']);
  const names = useMemo(() => namesFor(assessment), [assessment]);
  const link = useMemo(() => resultLinkFor(assessment, names), [assessment, names]);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const linkId = useId();
  useWakeLock();

  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  const workshopName = assessment.invite?.workshopName;

  return (
    <main id="main" className="show-result" tabIndex={-1}>
      <PageHeading className="show-result__title">{t('show.title')}</PageHeading>
      {(workshopName || names) && (
        <p className="show-result__for">
          <TextParts parts={[workshopName, names?.respondent]} />
        </p>
      )}
      <QrImage
        text={link}
        alt={t('show.qrAlt')}
        className="show-result__qr"
        testId="result-qr"
        fallback={<p className="notice notice--warning">{t('create.qrFailed')}</p>}
      />
      <p className="show-result__hint">{t('show.hint')}</p>
      <div className="actions show-result__actions">
        {canFullscreen && (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              else void document.documentElement.requestFullscreen().catch(() => undefined);
            }}
          >
            {t('show.fullscreen')}
          </button>
        )}
        <Link className="button" to={`/a/${assessment.id}/results`}>
          {t('show.seeResults')}
        </Link>
      </div>
      <details className="show-result__fallback">
        <summary>{t('show.fallbackTitle')}</summary>
        <p>{t('show.fallbackIntro')}</p>
        <label htmlFor={linkId}>{t('create.linkLabel')}</label>
        <input
          id={linkId}
          type="text"
          dir="ltr"
          readOnly
          value={link}
          data-testid="share-link"
          onFocus={(event) => event.target.select()}
        />
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              navigator.clipboard.writeText(link).then(
                () => setCopied('copied'),
                () => setCopied('failed'),
              );
            }}
          >
            {t('create.copy')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => downloadResultFile(assessment, names)}
          >
            {t('create.download')}
          </button>
        </div>
        <p className="status-line" role="status">
          {copied === 'copied' && t('create.copied')}
          {copied === 'failed' && t('create.copyFailed')}
        </p>
      </details>
    </main>
  );
}
