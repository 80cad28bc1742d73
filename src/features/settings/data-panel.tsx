// Settings → your data: JSON backup, CSV of assessments, import of a backup (validated
// in full before anything is written), and delete-all with a confirmation that offers
// a backup first.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BACKUP_TABLES,
  allAssessments,
  backupToJson,
  deleteAllData,
  exportBackup,
  importBackup,
  useRecordCounts,
  type ImportResult,
} from '../../db/backup';
import {
  MAX_BACKUP_BYTES,
  checkBackupSize,
  megabytes,
  type BackupProblem,
} from '../../domain/backup-schema';
import { assessmentsToCsv } from '../../domain/csv-export';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { isoDate } from '../../domain/calendar-date';
import { downloadText } from '../../ui/download';
import { Confirmation, useConfirmation } from '../../ui/confirmation';
import { FilePicker } from '../../ui/file-picker';
import { UserText, sentence } from '../../ui/user-text';
import { IssueLine } from '../../ui/validation-issue';
import './data-panel.css';

const MAX_SHOWN_PROBLEMS = 12;

type Outcome =
  | { kind: 'result'; result: ImportResult }
  | { kind: 'problem'; problem: BackupProblem }
  | { kind: 'message'; text: string; error?: boolean };

export function DataPanel() {
  const { t } = useTranslation(['data', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const counts = useRecordCounts();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const confirmation = useConfirmation();
  const savedAs = (key: 'exported' | 'exportedCsv', fileName: string) =>
    sentence((values) => t(key, values), { file: <UserText dir="ltr">{fileName}</UserText> });

  const exportJson = async () => {
    try {
      const now = new Date();
      const fileName = `centricity-backup-${isoDate(now)}.json`;
      const json = backupToJson(await exportBackup(now.getTime()));
      downloadText(fileName, json, 'application/json');
      const bytes = new Blob([json]).size;
      // Saved either way (nothing is lost), but a file too large to import back is said.
      if (checkBackupSize(bytes))
        confirmation.show(
          t('exportTooLarge', {
            size: format.score(megabytes(bytes)),
            limit: format.score(megabytes(MAX_BACKUP_BYTES)),
          }),
          'error',
        );
      else confirmation.show(savedAs('exported', fileName));
    } catch (error) {
      confirmation.show(t('failed', { reason: errorText(error) }), 'error');
    }
  };

  const exportCsv = async () => {
    try {
      const fileName = `centricity-assessments-${isoDate(new Date())}.csv`;
      downloadText(fileName, assessmentsToCsv(await allAssessments()), 'text/csv;charset=utf-8');
      confirmation.show(savedAs('exportedCsv', fileName));
    } catch (error) {
      confirmation.show(t('failed', { reason: errorText(error) }), 'error');
    }
  };

  const importFile = async (file: File) => {
    confirmation.clear();
    setBusy(true);
    setOutcome({ kind: 'message', text: t('importing') });
    try {
      const tooLarge = checkBackupSize(file.size);
      if (tooLarge) setOutcome({ kind: 'problem', problem: tooLarge });
      else setOutcome({ kind: 'result', result: await importBackup(await file.text()) });
    } catch (error) {
      setOutcome({ kind: 'message', text: t('failed', { reason: errorText(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = async () => {
    dialog.current?.close();
    try {
      await deleteAllData();
      setOutcome(null);
      confirmation.show(t('deletedAll'));
    } catch (error) {
      confirmation.show(t('failed', { reason: errorText(error) }), 'error');
    }
  };

  const problemText = (problem: BackupProblem): string => {
    switch (problem.kind) {
      case 'tooLarge':
        return t('problems.tooLarge', {
          size: format.score(megabytes(problem.bytes)),
          limit: format.score(megabytes(problem.limit)),
        });
      case 'notJson':
        return t('problems.notJson');
      case 'notBackup':
        return t('problems.notBackup');
      case 'futureVersion':
        return t('problems.futureVersion', { version: format.integer(problem.version) });
      case 'invalid':
        return t('problems.invalid', { count: problem.issues.length });
      case 'tooManyRecords':
        return t('problems.tooManyRecords', {
          max: format.integer(problem.max),
          kind: t(`kinds.${problem.table}`),
        });
    }
  };

  const renderOutcome = () => {
    if (!outcome) return null;
    if (outcome.kind === 'message')
      return <p className={outcome.error ? 'notice notice--error' : 'notice'}>{outcome.text}</p>;
    const problem =
      outcome.kind === 'problem'
        ? outcome.problem
        : !outcome.result.ok && 'problem' in outcome.result
          ? outcome.result.problem
          : undefined;
    if (problem) {
      const issues = problem.kind === 'invalid' ? problem.issues : [];
      return (
        <div className="notice notice--error" data-testid="import-error">
          <p>{t('importFailed', { reason: problemText(problem) })}</p>
          {issues.length > 0 && (
            <ul className="data-panel__issues" data-testid="import-issues">
              {issues.slice(0, MAX_SHOWN_PROBLEMS).map((issue, index) => (
                <li key={index}>
                  <IssueLine
                    issue={issue}
                    sentence={(path, problem) => t('issueLine', { path, problem })}
                  />
                </li>
              ))}
            </ul>
          )}
          {issues.length > MAX_SHOWN_PROBLEMS && (
            <p>{t('moreProblems', { count: issues.length - MAX_SHOWN_PROBLEMS })}</p>
          )}
        </div>
      );
    }
    const result = outcome.kind === 'result' ? outcome.result : undefined;
    if (result && !result.ok && 'storageError' in result)
      return (
        <p className="notice notice--error" data-testid="import-error">
          {t('importFailed', {
            reason: t('problems.storage', {
              reason: errorText(result.storageError),
            }),
          })}
        </p>
      );
    if (!result?.ok) return null;
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((total, n) => total + n, 0);
    const { summary } = result;
    return (
      <div className="notice" data-testid="import-summary">
        <p>
          {t('importDone', {
            added: t('outcome.added', { count: sum(summary.added) }),
            updated: t('outcome.updated', { count: sum(summary.updated) }),
            skipped: t('outcome.upToDate', { count: sum(summary.skipped) }),
          })}
        </p>
        <details>
          <summary>{t('importDetails')}</summary>
          <ul>
            {BACKUP_TABLES.map((table) => (
              <li key={table}>
                {t(`kinds.${table}`)}
                {': '}
                {t('kindCounts', {
                  added: t('outcome.added', { count: summary.added[table] }),
                  updated: t('outcome.updated', { count: summary.updated[table] }),
                  skipped: t('outcome.upToDate', { count: summary.skipped[table] }),
                })}
              </li>
            ))}
          </ul>
        </details>
      </div>
    );
  };

  const countValues = {
    assessments: t('amounts.assessments', { count: counts?.assessments ?? 0 }),
    plans: t('amounts.plans', { count: counts?.actionPlans ?? 0 }),
    workshops: t('amounts.workshops', { count: counts?.workshops ?? 0 }),
    participants: t('amounts.participants', { count: counts?.participants ?? 0 }),
  };

  return (
    <section className="card settings__section data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {counts && (
        <p className="muted" data-testid="record-counts">
          {t('counts', countValues)}
        </p>
      )}
      {counts && counts.policies > 0 && (
        <p className="muted">
          {t('policyCounts', {
            policies: t('amounts.policies', { count: counts.policies }),
            versions: t('amounts.versions', { count: counts.policyVersions }),
          })}
        </p>
      )}

      <Confirmation shown={confirmation.shown} />
      <div role="status" aria-live="polite" className="data-panel__outcome">
        {renderOutcome()}
      </div>

      <h3 id="export-title" tabIndex={-1}>
        {t('exportTitle')}
      </h3>
      <div className="data-panel__row">
        <button type="button" className="button" onClick={() => void exportJson()}>
          {t('exportJson')}
        </button>
        <p className="field__hint">{t('exportJsonHint')}</p>
      </div>
      <div className="data-panel__row">
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <p className="field__hint">{t('exportCsvHint')}</p>
      </div>

      <h3>{t('importTitle')}</h3>
      <FilePicker
        label={t('importLabel')}
        hint={t('importHint')}
        accept="application/json,.json"
        disabled={busy}
        onFiles={([file]) => {
          if (file) void importFile(file);
        }}
      />

      <h3>{t('deleteTitle')}</h3>
      <p>{t('deleteIntro')}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => dialog.current?.showModal()}
      >
        {t('deleteButton')}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="delete-all-title">
        <h2 id="delete-all-title">{t('deleteConfirmTitle')}</h2>
        <p>{t('deleteConfirmBody', countValues)}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void exportJson()}>
            {t('deleteExportFirst')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void deleteAll()}>
            {t('deleteConfirm')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
