// Adding participants' results: scan their QR codes with the camera (scanner.tsx), paste
// links (anywhere in pasted chat lines) or select files (many result files at once, a
// workshop file, or a CSV). Good items are added, duplicates skipped, and every bad link
// or file is named with its problem, quoted as found; lines with bad links stay in the box.
// The same result arriving with other answers is listed as a conflict for the trainer.

import { Fragment, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addParticipants, replaceParticipants } from '../../db/workshops';
import { megabytes } from '../../domain/backup-schema';
import type { ParticipantCandidate, ParticipantConflict, Workshop } from '../../domain/workshop';
import { ParticipantConflicts } from '../../ui/participant-conflicts';
import { useErrorText } from '../../ui/use-error-text';
import { FilePicker } from '../../ui/file-picker';
import { UserText, sentence } from '../../ui/user-text';
import { useFormat } from '../../ui/use-format';
import { IssueLine } from '../../ui/validation-issue';
import { Scanner } from './scanner';
import {
  candidatesFromFiles,
  candidatesFromLinks,
  type CsvProblem,
  type FileReadProblem,
} from './workshop-import';

type Report = {
  outcome?: string;
  problems: ReactNode[];
  keptLines?: boolean;
  ignored?: string;
  failed?: string;
  conflicts?: ParticipantConflict[];
};

const MAX_LINES_PER_FILE = 20;

export function AddResults({ workshop, count }: { workshop: Workshop; count: number }) {
  const { t } = useTranslation(['workshop', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const workshopId = workshop.id;
  const [scanning, setScanning] = useState(false);
  const [links, setLinks] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report>();
  const linksId = useId();

  const csvText = (problem: CsvProblem) => {
    switch (problem.kind) {
      case 'csvNoItems':
        return t('add.fileErrors.csvNoItems', { columns: problem.columns.join(', ') });
      case 'csvRow':
        return t('add.fileErrors.csvRow', {
          row: format.integer(problem.row),
          column: problem.column,
          value: problem.value,
        });
      case 'csvEmpty':
        return t('add.fileErrors.csvEmpty');
      case 'csvTooMany':
        return t('add.fileErrors.csvTooMany', {
          rows: format.integer(problem.rows),
          max: format.integer(problem.max),
        });
    }
  };

  const fileText = (problem: FileReadProblem): ReactNode[] =>
    problem.kind === 'csv'
      ? problem.problems
          .slice(0, MAX_LINES_PER_FILE)
          .map((csv) => t('add.fileProblem', { file: problem.file, problem: csvText(csv) }))
      : problem.issues && problem.issues.length > 0
        ? problem.issues
            .slice(0, MAX_LINES_PER_FILE)
            .map((issue, index) => (
              <IssueLine
                key={index}
                issue={issue}
                sentence={(path, text) =>
                  t('add.fileIssue', { file: problem.file, path, problem: text })
                }
              />
            ))
        : [
            t('add.fileProblem', {
              file: problem.file,
              problem: t(`add.fileErrors.${problem.kind}`, {
                detail: problem.detail,
                limit: format.score(megabytes(problem.limitBytes ?? 0)),
              }),
            }),
          ];

  const store = async (
    candidates: ParticipantCandidate[],
  ): Promise<Pick<Report, 'outcome' | 'conflicts'>> => {
    if (candidates.length === 0) return {};
    const outcome = await addParticipants(workshopId, candidates);
    const counts = t('add.outcome', {
      added: t('add.amounts.added', { count: outcome.added }),
      skipped: t('add.amounts.duplicates', { count: outcome.skipped }),
    });
    return outcome.conflicts.length === 0
      ? { outcome: counts }
      : {
          outcome: `${counts} ${t('add.outcomeConflicts', { count: outcome.conflicts.length })}`,
          conflicts: outcome.conflicts,
        };
  };

  const failure = (error: unknown) => t('add.writeFailed', { reason: errorText(error) });

  const submitLinks = async (event: FormEvent) => {
    event.preventDefault();
    const read = candidatesFromLinks(links);
    if (!read.ok) {
      setReport({
        problems: [],
        failed: t('add.tooManyLinks', {
          count: format.integer(read.tooMany),
          max: format.integer(read.max),
        }),
      });
      return;
    }
    const { candidates, problems, ignoredLines } = read;
    if (candidates.length === 0 && problems.length === 0) {
      setReport({
        problems: [],
        failed: ignoredLines > 0 ? t('add.noLinksFound') : t('add.nothingToAdd'),
      });
      return;
    }
    setBusy(true);
    try {
      const stored = await store(candidates);
      setReport({
        ...stored,
        problems: problems.map((problem, index) => (
          <Fragment key={index}>
            {sentence((values) => t('add.linkProblem', values), {
              text: (
                <UserText dir="ltr" className="quoted-text">
                  {problem.text}
                </UserText>
              ),
              problem: t(`add.linkErrors.${problem.error}`),
            })}
          </Fragment>
        )),
        keptLines: problems.length > 0,
        ...(ignoredLines > 0
          ? {
              ignored: t('add.ignoredLines', {
                count: ignoredLines,
                formattedCount: format.integer(ignoredLines),
              }),
            }
          : {}),
      });
      setLinks([...new Set(problems.map((problem) => problem.line))].join('\n'));
    } catch (error) {
      setReport({ problems: [], failed: failure(error) });
    } finally {
      setBusy(false);
    }
  };

  const submitFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setReport(undefined);
    try {
      const { candidates, problems } = await candidatesFromFiles(files);
      const stored = await store(candidates);
      setReport({ ...stored, problems: problems.flatMap(fileText) });
    } catch (error) {
      setReport({ problems: [], failed: failure(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card add-results" aria-labelledby="add-results-title" aria-busy={busy}>
      <h2 id="add-results-title">{t('add.title')}</h2>
      {scanning ? (
        <Scanner workshop={workshop} count={count} onClose={() => setScanning(false)} />
      ) : (
        <div className="add-results__scan">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => setScanning(true)}
          >
            {t('scan.open')}
          </button>
          <p className="field__hint">{t('scan.openHint')}</p>
        </div>
      )}
      <div className="add-results__grid">
        <form onSubmit={(event) => void submitLinks(event)} noValidate>
          <div className="field">
            <label htmlFor={linksId}>{t('add.linksLabel')}</label>
            <textarea
              id={linksId}
              rows={5}
              dir="ltr"
              value={links}
              spellCheck={false}
              aria-describedby={`${linksId}-hint`}
              onChange={(event) => setLinks(event.target.value)}
            />
            <p id={`${linksId}-hint`} className="field__hint">
              {t('add.linksHint')}
            </p>
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('add.addLinks')}
          </button>
        </form>
        <FilePicker
          label={t('add.filesLabel')}
          hint={t('add.filesHint')}
          multiple
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onFiles={(files) => void submitFiles(files)}
        />
      </div>

      <div role="status" className="add-results__status">
        {busy && <p>{t('add.reading')}</p>}
        {report?.outcome && (
          <p className="notice" data-testid="add-outcome">
            {report.outcome}
          </p>
        )}
        {report?.ignored && <p className="field__hint">{report.ignored}</p>}
      </div>
      {report?.conflicts && report.conflicts.length > 0 && (
        <ParticipantConflicts
          useIncoming={(list) =>
            replaceParticipants(
              workshopId,
              list.map((conflict) => conflict.incoming),
            )
          }
          conflicts={report.conflicts}
          onResolved={(message) =>
            setReport((previous) => ({
              problems: previous?.problems ?? [],
              keptLines: previous?.keptLines ?? false,
              outcome: message,
            }))
          }
        />
      )}
      {report?.failed && (
        <p className="notice notice--error" role="alert">
          {report.failed}
        </p>
      )}
      {report && report.problems.length > 0 && (
        <div className="notice notice--error" role="alert" data-testid="add-problems">
          <p>{t('add.problemsTitle', { count: report.problems.length })}</p>
          <ul>
            {report.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
          {report.keptLines && <p>{t('add.keptLines')}</p>}
        </div>
      )}
    </section>
  );
}
