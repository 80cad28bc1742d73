// /s#<code> — a result someone shared: decoded from the fragment (never sent to a
// server), shown read-only, with "save to my assessments" and "add to a workshop".
// A cut-off, damaged or newer-version link gets its own clear error page.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  addParticipants,
  createWorkshopWithParticipants,
  replaceParticipants,
  saveSharedResult,
  useWorkshops,
} from '../../db/workshops';
import type { Assessment } from '../../domain/assessment';
import { scoreAnswers } from '../../domain/scoring';
import { decodeShareCode, type ShareCodeError, type SharedResult } from '../../domain/share-code';
import {
  MAX_WORKSHOP_NAME,
  candidateFromShared,
  type ParticipantConflict,
} from '../../domain/workshop';
import { currentLanguage } from '../../i18n/i18n';
import { PageHeading } from '../../ui/page-heading';
import { ParticipantConflicts } from '../../ui/participant-conflicts';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { WorkshopNameField, useWorkshopNameForm } from '../../ui/workshop-name-field';
import { TextParts, UserText, sentence } from '../../ui/user-text';
import { SharedResultView } from './shared-result-view';
import './share.css';

export function SharePage() {
  const { hash } = useLocation();
  const code = fragmentText(hash);
  if (!code.trim()) return <ShareError error="missing" />;
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return <ShareError error={decoded.error} />;
  return <SharedResultScreen key={code} shared={decoded.result} />;
}

/** The fragment without '#'; percent-escapes (some apps add them) are undone when valid. */
function fragmentText(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
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
  const names = [shared.names?.businessName, shared.names?.respondent].filter(Boolean);

  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  /** Saves the result; the same id with other answers is asked about, never swapped. */
  const save = async (keepBoth = false) => {
    setSaving(true);
    setSaveError(undefined);
    try {
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
      <PageHeading>
        {names.length > 0
          ? sentence((values) => t('open.titleFor', values), { name: <TextParts parts={names} /> })
          : t('open.title')}
      </PageHeading>
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
      <AddToWorkshop shared={shared} />
    </div>
  );
}

const NEW = '__new__';

type AddStatus =
  | { kind: 'added' | 'duplicate'; workshopId: string; name: string }
  | { kind: 'conflict'; workshopId: string; name: string; conflicts: ParticipantConflict[] }
  | { kind: 'resolved'; workshopId: string; message: string }
  | { kind: 'error'; message: string };

function AddToWorkshop({ shared }: { shared: SharedResult }) {
  const { t } = useTranslation(['share', 'common']);
  const errorText = useErrorText();
  const workshops = useWorkshops();
  const [selected, setSelected] = useState<string>();
  const nameForm = useWorkshopNameForm();
  const [status, setStatus] = useState<AddStatus>();
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);

  const choice = selected ?? (workshops && workshops.length > 0 ? workshops[0]!.id : NEW);

  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  /** Adds the result to the chosen workshop, or to a new one named `newName`. */
  const add = async (newName?: string) => {
    setBusy(true);
    try {
      const candidates = [candidateFromShared(shared, 'link')];
      // A new workshop and its first participant are written in one transaction.
      const outcome =
        newName !== undefined
          ? await createWorkshopWithParticipants(newName, candidates)
          : { ...(await addParticipants(choice, candidates)), workshopId: choice };
      const workshopName =
        newName !== undefined
          ? newName.trim()
          : (workshops?.find((w) => w.id === choice)?.name ?? '');
      setStatus(
        outcome.conflicts.length > 0
          ? {
              kind: 'conflict',
              workshopId: outcome.workshopId,
              name: workshopName,
              conflicts: outcome.conflicts,
            }
          : {
              kind: outcome.added > 0 ? 'added' : 'duplicate',
              workshopId: outcome.workshopId,
              name: workshopName,
            },
      );
      if (newName !== undefined) {
        setSelected(outcome.workshopId);
        nameForm.reset();
      }
    } catch (error) {
      setStatus({ kind: 'error', message: t('open.addFailed', { reason: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    setStatus(undefined);
    if (choice === NEW) return nameForm.handleSubmit(({ name }) => add(name))(event);
    event.preventDefault();
    return add();
  };

  return (
    <section className="card share-actions-card" aria-labelledby="add-to-workshop">
      <h2 id="add-to-workshop">{t('open.workshopTitle')}</h2>
      <form onSubmit={(event) => void submit(event)} className="share-actions-card" noValidate>
        <div className="field">
          <label htmlFor={selectId}>{t('open.workshopLabel')}</label>
          <select
            id={selectId}
            value={choice}
            onChange={(event) => {
              setSelected(event.target.value);
              setStatus(undefined);
            }}
          >
            {workshops?.map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.name}
              </option>
            ))}
            <option value={NEW}>{t('open.newWorkshop')}</option>
          </select>
        </div>
        {choice === NEW && (
          <WorkshopNameField
            form={nameForm}
            label={t('open.newWorkshopName')}
            error={t('open.nameRequired')}
            maxLength={MAX_WORKSHOP_NAME}
          />
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('open.add')}
          </button>
        </div>
      </form>
      {status?.kind === 'conflict' && (
        <ParticipantConflicts
          conflicts={status.conflicts}
          useIncoming={(list) =>
            replaceParticipants(
              status.workshopId,
              list.map((conflict) => conflict.incoming),
            )
          }
          onResolved={(message) =>
            setStatus({ kind: 'resolved', workshopId: status.workshopId, message })
          }
        />
      )}
      {status && status.kind !== 'conflict' && (
        <p
          ref={statusRef}
          tabIndex={-1}
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'notice notice--error' : 'notice'}
        >
          {status.kind === 'error' || status.kind === 'resolved'
            ? status.message
            : sentence(
                (values) => t(status.kind === 'added' ? 'open.added' : 'open.alreadyThere', values),
                {
                  name: <UserText>{status.name}</UserText>,
                },
              )}
          {status.kind !== 'error' && (
            <>
              {' '}
              <Link to={`/workshops/${status.workshopId}`}>{t('open.openWorkshop')}</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}
