// /s#<code> — a result someone shared: decoded from the fragment (never sent to a
// server), shown read-only, with "save to my assessments" and "add to a workshop".
// A cut-off, damaged or newer-version link gets its own clear error page.

import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Assessment } from '../../domain/assessment';
import { scoreAnswers } from '../../domain/scoring';
import {
  decodeShareCode,
  fragmentCode,
  sharedNames,
  type ShareCodeError,
  type SharedResult,
} from '../../domain/share-code';
import { currentLanguage } from '../../i18n/i18n';
import { PageHeading } from '../../ui/page-heading';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { SharedResultTitle } from './shared-result-title';
import { SharedResultView } from './shared-result-view';
import './share.css';

// Storage and validation are not needed to show a shared result (issue 16: a first visit
// loads and runs none of them); they load when the person opens the workshop form below
// it, or saves the result.
const AddToWorkshop = lazy(() =>
  import('./add-to-workshop').then((module) => ({ default: module.AddToWorkshop })),
);

export function SharePage() {
  const { hash } = useLocation();
  const code = fragmentCode(hash);
  if (!code.trim()) return <ShareError error="missing" />;
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return <ShareError error={decoded.error} />;
  return <SharedResultScreen key={code} shared={decoded.result} />;
}

function ShareError({ error }: { error: ShareCodeError | 'missing' }) {
  const { t } = useTranslation('share');
  return (
    <div className="page page--narrow" data-testid="share-error" data-error={error}>
      <PageHeading>{t(`errors.${error}Title`)}</PageHeading>
      <p className="notice notice--error">{t(`errors.${error}Body`)}</p>
      <p>
        <Link className="button" to="/">
          {t('errors.home')}
        </Link>
      </p>
    </div>
  );
}

function SharedResultScreen({ shared }: { shared: SharedResult }) {
  const { t } = useTranslation(['share', 'common']);
  const format = useFormat();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [conflict, setConflict] = useState<{ id: string; stored: Assessment }>();
  const conflictHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  /** Saves the result; the same id with other answers is asked about, never swapped. */
  const save = async (keepBoth = false) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const { saveSharedResult } = await import('../../db/workshops');
      const outcome = await saveSharedResult(shared, currentLanguage(), Date.now(), { keepBoth });
      if (outcome.kind === 'conflict') {
        setConflict({ id: outcome.id, stored: outcome.stored });
        setSaving(false);
        return;
      }
      await navigate(`/a/${outcome.id}/results`);
    } catch (error) {
      setSaveError(t('open.saveFailed', { reason: errorText(error) }));
      setSaving(false);
    }
  };
  const total = (answers: Assessment['answers']) => {
    const score = scoreAnswers(answers);
    return score.total === undefined ? '—' : format.score(score.total);
  };

  return (
    <div className="page">
      <SharedResultTitle names={sharedNames(shared)} />
      {shared.completedAt !== null && (
        <p className="muted">{t('open.completedOn', { date: format.date(shared.completedAt) })}</p>
      )}
      <p className="notice">{t('open.readOnly')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {saving ? t('open.saving') : t('open.save')}
        </button>
      </div>
      {conflict && (
        <section className="notice notice--warning" data-testid="save-conflict">
          <h2 ref={conflictHeading} tabIndex={-1}>
            {t('open.conflictTitle')}
          </h2>
          <p>
            {t('open.conflictBody', {
              stored: total(conflict.stored.answers),
              incoming: total(shared.answers),
            })}
          </p>
          <div className="actions">
            <Link className="button" to={`/a/${conflict.id}/results`}>
              {t('open.openSaved')}
            </Link>
            <button
              type="button"
              className="button button--primary"
              disabled={saving}
              onClick={() => void save(true)}
            >
              {t('open.saveBoth')}
            </button>
          </div>
        </section>
      )}
      {saveError && (
        <p className="notice notice--error" role="alert">
          {saveError}
        </p>
      )}
      <SharedResultView answers={shared.answers} />
      <WorkshopChoice shared={shared} />
    </div>
  );
}

/**
 * "Add to a workshop": a trainer's action, so its form (and the storage it lists
 * workshops from) loads only when asked for; focus then moves into it.
 */
function WorkshopChoice({ shared }: { shared: SharedResult }) {
  const { t } = useTranslation(['share', 'common']);
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <Suspense fallback={<p className="muted">{t('common:app.loading')}</p>}>
        <AddToWorkshop shared={shared} focusOnOpen />
      </Suspense>
    );
  }
  return (
    <section className="card share-actions-card" aria-labelledby="add-to-workshop">
      <h2 id="add-to-workshop">{t('open.workshopTitle')}</h2>
      <p>{t('open.workshopIntro')}</p>
      <div>
        <button
          type="button"
          className="button"
          aria-expanded="false"
          onClick={() => setOpen(true)}
        >
          {t('open.workshopChoose')}
        </button>
      </div>
    </section>
  );
}
