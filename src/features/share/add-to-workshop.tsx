// "Add to a workshop" under a shared result: pick one of the workshops, or name a new
// one; the same result with other answers is a conflict for the person to decide.
// Loaded when the person asks for it (share-page.tsx), as it needs storage and validation.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addParticipants,
  createWorkshopWithParticipants,
  replaceParticipants,
  useWorkshops,
} from '../../db/workshops';
import type { SharedResult } from '../../domain/share-code';
import {
  MAX_WORKSHOP_NAME,
  candidateFromShared,
  type ParticipantConflict,
} from '../../domain/workshop';
import { ParticipantConflicts } from '../../ui/participant-conflicts';
import { useErrorText } from '../../ui/use-error-text';
import { WorkshopNameField, useWorkshopNameForm } from '../../ui/workshop-name-field';
import { UserText, sentence } from '../../ui/user-text';

const NEW = '__new__';

type AddStatus =
  | { kind: 'added' | 'duplicate'; workshopId: string; name: string }
  | { kind: 'conflict'; workshopId: string; name: string; conflicts: ParticipantConflict[] }
  | { kind: 'resolved'; workshopId: string; message: string }
  | { kind: 'error'; message: string };

type Props = {
  shared: SharedResult;
  /** Moves focus to the workshop list once it is shown (opened from a button). */
  focusOnOpen?: boolean;
};

export function AddToWorkshop({ shared, focusOnOpen = false }: Props) {
  const { t } = useTranslation(['share', 'common']);
  const errorText = useErrorText();
  const workshops = useWorkshops();
  const [selected, setSelected] = useState<string>();
  const nameForm = useWorkshopNameForm();
  const [status, setStatus] = useState<AddStatus>();
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const listed = workshops !== undefined;

  useEffect(() => {
    if (focusOnOpen && listed) selectRef.current?.focus();
  }, [focusOnOpen, listed]);

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
            ref={selectRef}
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
