// /workshops — the trainer's workshops: create one, import another trainer's file, open.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  createWorkshop,
  importWorkshopFile,
  replaceParticipants,
  useWorkshops,
} from '../../db/workshops';
import { megabytes } from '../../domain/backup-schema';
import {
  MAX_WORKSHOP_FILE_BYTES,
  parseWorkshopInputFile,
  type ParticipantConflict,
} from '../../domain/workshop';
import { ItemBoundary } from '../../ui/item-boundary';
import { FilePicker } from '../../ui/file-picker';
import { PageHeading } from '../../ui/page-heading';
import { IssueLine } from '../../ui/validation-issue';
import { ParticipantConflicts } from '../../ui/participant-conflicts';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { WorkshopNameField, useWorkshopNameForm } from '../../ui/workshop-name-field';
import { UserText, sentence } from '../../ui/user-text';
import './workshop.css';

export function WorkshopsPage() {
  const { t } = useTranslation(['workshop', 'common']);
  const format = useFormat();
  const navigate = useNavigate();
  const workshops = useWorkshops();
  const nameForm = useWorkshopNameForm();
  const errorText = useErrorText();
  const [importMessage, setImportMessage] = useState<{ error: boolean; text: ReactNode }>();
  const [conflicts, setConflicts] = useState<{
    workshopId: string;
    list: ParticipantConflict[];
  }>();

  const create = nameForm.handleSubmit(async ({ name }) => {
    try {
      const id = await createWorkshop(name);
      await navigate(`/workshops/${id}`);
    } catch (error) {
      // The repository checks the name with the workshop schema (cleaned, 1–200).
      if ((error as { kind?: unknown }).kind === 'invalid')
        nameForm.setError('name', { type: 'save' });
      else
        setImportMessage({ error: true, text: t('add.writeFailed', { reason: errorText(error) }) });
    }
  });

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setConflicts(undefined);
    if (file.size > MAX_WORKSHOP_FILE_BYTES) {
      setImportMessage({
        error: true,
        text: t('add.fileProblem', {
          file: file.name,
          problem: t('add.fileErrors.tooLarge', {
            limit: format.score(megabytes(MAX_WORKSHOP_FILE_BYTES)),
          }),
        }),
      });
      return;
    }
    const text = await file.text().catch(() => undefined);
    const parsed = text === undefined ? undefined : parseWorkshopInputFile(text);
    if (!parsed || !parsed.ok || parsed.kind !== 'workshop') {
      const problem =
        parsed === undefined ? 'unreadable' : parsed.ok ? 'unknownFormat' : parsed.problem;
      const issues = parsed && !parsed.ok ? (parsed.issues ?? []) : [];
      setImportMessage({
        error: true,
        text:
          issues.length > 0 ? (
            // Each problem in the reader's language, with where it is in the file.
            <ul className="issue-list">
              {issues.slice(0, 10).map((issue, index) => (
                <li key={index}>
                  <IssueLine
                    issue={issue}
                    sentence={(path, text) =>
                      t('add.fileIssue', { file: file.name, path, problem: text })
                    }
                  />
                </li>
              ))}
            </ul>
          ) : (
            t('add.fileProblem', {
              file: file.name,
              problem: t(`add.fileErrors.${problem}`, {
                detail: parsed && !parsed.ok ? parsed.detail : '',
                limit: format.score(
                  megabytes((parsed && !parsed.ok && parsed.limitBytes) || MAX_WORKSHOP_FILE_BYTES),
                ),
              }),
            })
          ),
      });
      return;
    }
    try {
      const outcome = await importWorkshopFile(parsed.file);
      const imported = sentence((values) => t('list.imported', values), {
        name: <UserText>{parsed.file.workshop.name}</UserText>,
        added: t('add.amounts.added', { count: outcome.added }),
        skipped: t('add.amounts.alreadyThere', { count: outcome.skipped }),
      });
      setImportMessage({
        error: false,
        text:
          outcome.conflicts.length > 0 ? (
            <>
              {imported} {t('add.outcomeConflicts', { count: outcome.conflicts.length })}
            </>
          ) : (
            imported
          ),
      });
      if (outcome.conflicts.length > 0)
        setConflicts({ workshopId: outcome.workshopId, list: outcome.conflicts });
    } catch (error) {
      setImportMessage({ error: true, text: t('add.writeFailed', { reason: errorText(error) }) });
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>

      <div className="workshop-forms">
        <form className="card" onSubmit={(event) => void create(event)} noValidate>
          <h2>{t('list.createTitle')}</h2>
          <WorkshopNameField
            form={nameForm}
            label={t('list.nameLabel')}
            hint={t('list.nameHint')}
            error={t('list.errorName')}
          />
          <button type="submit" className="button button--primary">
            {t('list.create')}
          </button>
        </form>

        <section className="card" aria-labelledby="import-workshop">
          <h2 id="import-workshop">{t('list.importTitle')}</h2>
          <FilePicker
            label={t('list.importLabel')}
            hint={t('list.importHint')}
            accept=".json,application/json"
            onFiles={([file]) => void importFile(file)}
          />
          {importMessage && (
            <div
              className={importMessage.error ? 'notice notice--error' : 'notice'}
              role={importMessage.error ? 'alert' : 'status'}
            >
              {importMessage.text}
            </div>
          )}
          {conflicts && (
            <ParticipantConflicts
              useIncoming={(list) =>
                replaceParticipants(
                  conflicts.workshopId,
                  list.map((conflict) => conflict.incoming),
                )
              }
              conflicts={conflicts.list}
              onResolved={(message) => {
                setConflicts(undefined);
                setImportMessage({ error: false, text: message });
              }}
            />
          )}
        </section>
      </div>

      {workshops === undefined ? (
        <p className="muted">{t('common:app.loading')}</p>
      ) : workshops.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('list.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col" className="num">
                  {t('list.participants')}
                </th>
                <th scope="col">{t('list.created')}</th>
              </tr>
            </thead>
            <tbody>
              {workshops.map((workshop) => (
                <ItemBoundary key={workshop.id} as={{ colSpan: 3 }}>
                  <tr>
                    <th scope="row">
                      <Link to={`/workshops/${workshop.id}`}>
                        <UserText>{workshop.name}</UserText>
                      </Link>
                    </th>
                    <td className="num">{format.integer(workshop.participantCount)}</td>
                    <td>{format.date(workshop.createdAt)}</td>
                  </tr>
                </ItemBoundary>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
