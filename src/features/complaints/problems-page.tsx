// The top three problems worksheet (/complaints/problems; seed 003 part 1, steps 3–5):
// candidate problems from the complaint log, customers, staff, suppliers and operational
// figures, each rated for how often it happens and what it costs and judged concrete
// enough to act on; ranked; the top three go into the action plan in one step.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  TOP_PROBLEM_SECTION,
  addProblem,
  addProblemsFromLog,
  deleteProblem,
  restoreProblem,
  sendTopProblemsToPlan,
  updateProblem,
  usePlanTarget,
  useProblems,
  type SentToPlan,
} from '../../db/top-problems';
import { useComplaints } from '../../db/complaints';
import type { BusinessFields } from '../../domain/business';
import { toStorageError } from '../../db/storage-errors';
import { addMonths, isRealDate, isoDate } from '../../domain/calendar-date';
import {
  COST_LEVELS,
  FREQUENCY_LEVELS,
  MAX_PROBLEM_NOTE,
  MAX_PROBLEM_TITLE,
  PROBLEM_SOURCES,
  isRankable,
  problemScore,
  rankProblems,
  topProblems,
  type Problem,
} from '../../domain/top-problems';
import { MessageBar } from '../../ui/message-bar';
import { useFormat } from '../../ui/use-format';
import { useSeparator } from '../../ui/user-text';
import { useCategoryNames } from '../../ui/use-category-names';
import { ComplaintsHeader } from './complaints-header';
import { useBusiness } from './use-business';
import './complaints.css';
import { useErrorText } from '../../ui/use-error-text';

type Message = { text: string; error?: boolean; deleted?: Problem; planLink?: string };
const ADDABLE_SOURCES = PROBLEM_SOURCES.filter((source) => source !== 'complaintLog');
type AddableSource = (typeof ADDABLE_SOURCES)[number];

export function ProblemsPage() {
  const { t } = useTranslation(['complaints', 'common', 'instrument']);
  const errorText = useErrorText();
  const format = useFormat();
  const chosen = useBusiness();
  const business = chosen.business;
  const problems = useProblems(business);
  const complaints = useComplaints(business);
  const target = usePlanTarget(business);
  const names = useCategoryNames(complaints ?? []);
  const [message, setMessage] = useState<Message | null>(null);

  const title = (name: string | null) =>
    name ? t('problems.titleFor', { name }) : t('problems.title');
  const header = <ComplaintsHeader chosen={chosen} title={title} intro={t('problems.intro')} />;
  if (chosen.known === undefined || (business && (problems === undefined || target === undefined)))
    return (
      <div className="page complaints">
        {header}
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    );
  if (!business)
    return (
      <div className="page complaints">
        {header}
        <p className="notice">{t('business.prompt')}</p>
      </div>
    );

  const list = problems ?? [];
  const ranked = rankProblems(list);
  const top = topProblems(list);
  const rankOf = new Map(
    ranked.filter(isRankable).map((problem, index) => [problem.id, index + 1]),
  );

  const fail = (error: unknown) =>
    setMessage({
      text: t('log.actionFailed', {
        reason: errorText(error),
      }),
      error: true,
    });
  const rate = async (problem: Problem, change: Parameters<typeof updateProblem>[1]) => {
    try {
      await updateProblem(problem.id, change);
    } catch (error) {
      fail(error);
    }
  };

  const fromLog = async () => {
    try {
      const added = await addProblemsFromLog(business, names.ofKey);
      setMessage({
        text: added > 0 ? t('problems.fromLogDone', { count: added }) : t('problems.fromLogNone'),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="page complaints problems">
      {header}

      <MessageBar
        className="complaints__status"
        message={message}
        undo={
          message?.deleted
            ? {
                label: t('problems.undo'),
                onUndo: () =>
                  restoreProblem(message.deleted!).then(
                    () => setMessage({ text: t('problems.restored') }),
                    fail,
                  ),
              }
            : undefined
        }
        dismissLabel={t('log.dismiss')}
        onDismiss={() => setMessage(null)}
      >
        {message?.planLink && <Link to={message.planLink}>{t('problems.openPlan')}</Link>}
      </MessageBar>

      <div className="problems__grid">
        <div className="problems__inputs">
          <section className="card" aria-labelledby="problems-sources">
            <h2 id="problems-sources">{t('problems.sourcesTitle')}</h2>
            <h3>{t('problems.sources.complaintLog')}</h3>
            <p className="field__hint">{t('problems.fromLogHint')}</p>
            <button type="button" className="button" onClick={() => void fromLog()}>
              {t('problems.fromLog')}
            </button>
            <dl className="problems__hints">
              {(['staff', 'suppliers', 'operations'] as const).map((source) => (
                <div key={source}>
                  <dt>{t(`problems.sources.${source}`)}</dt>
                  <dd>{t(`problems.sourceHints.${source}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <AddProblemForm
            onAdd={async (input) => {
              await addProblem(business, input);
              setMessage({ text: t('problems.added', { title: input.title }) });
            }}
          />
        </div>

        <div className="problems__results">
          <section className="card problems__top" aria-labelledby="problems-top">
            <h2 id="problems-top">{t('problems.topTitle')}</h2>
            {top.length === 0 ? (
              <p className="muted">{t('problems.topNone')}</p>
            ) : (
              <>
                <ol className="problems__top-list" data-testid="top-three">
                  {top.map((problem) => (
                    <li key={problem.id} dir="auto">
                      {problem.title}
                    </li>
                  ))}
                </ol>
                {top.length < 3 && (
                  <p className="muted">{t('problems.topFewer', { count: top.length })}</p>
                )}
                <SendToPlan
                  business={business}
                  targetDate={target ? format.date(target.completedAt ?? target.createdAt) : null}
                  defaultOwner={target?.respondent ?? ''}
                  sectionName={t(`instrument:sections.${TOP_PROBLEM_SECTION}.name`)}
                  onSent={(sent) =>
                    setMessage({
                      text:
                        sent.added.length > 0
                          ? t('problems.sent', { count: sent.added.length })
                          : t('problems.alreadySent'),
                      planLink: `/a/${sent.assessmentId}/plan`,
                    })
                  }
                />
              </>
            )}
          </section>

          <section aria-labelledby="problems-list">
            <h2 id="problems-list">{t('problems.listTitle')}</h2>
            {ranked.length === 0 ? (
              <p className="muted">{t('problems.empty')}</p>
            ) : (
              <ol className="problem-list">
                {ranked.map((problem) => (
                  <ProblemItem
                    key={problem.id}
                    problem={problem}
                    rank={rankOf.get(problem.id)}
                    onRate={(change) => void rate(problem, change)}
                    onDelete={() =>
                      deleteProblem(problem.id).then(
                        (deleted) =>
                          setMessage({
                            text: t('problems.deleted', { title: deleted.title }),
                            deleted,
                          }),
                        fail,
                      )
                    }
                  />
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function ProblemItem({
  problem,
  rank,
  onRate,
  onDelete,
}: {
  problem: Problem;
  rank: number | undefined;
  onRate: (change: Parameters<typeof updateProblem>[1]) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const separator = useSeparator();
  const id = useId();
  const score = problemScore(problem);
  const level = (value: string) => (value === '' ? null : Number(value));
  return (
    <li className="problem-list__item card" aria-labelledby={`${id}-title`}>
      <div className="problem-list__head">
        {rank !== undefined && (
          <span className="rank-badge">{t('problems.rank', { rank: format.integer(rank) })}</span>
        )}
        <h3 id={`${id}-title`} className="problem-list__title" dir="auto">
          {problem.title}
        </h3>
      </div>
      <p className="problem-list__meta muted">
        {t(`problems.sources.${problem.source}`)}
        {problem.goal && (
          <>
            {separator}
            <span className="tag">{t('problems.inPlan')}</span>
          </>
        )}
      </p>
      {problem.note && (
        <p className="problem-list__note" dir="auto">
          {problem.note}
        </p>
      )}
      <div className="problem-list__ratings">
        <div className="field">
          <label htmlFor={`${id}-frequency`}>{t('problems.frequency')}</label>
          <select
            id={`${id}-frequency`}
            value={problem.frequency ?? ''}
            onChange={(event) => onRate({ frequency: level(event.target.value) })}
          >
            <option value="">{t('problems.notRated')}</option>
            {FREQUENCY_LEVELS.map((value) => (
              <option key={value} value={value}>
                {format.integer(value)} – {t(`problems.frequencyLevels.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cost`}>{t('problems.cost')}</label>
          <select
            id={`${id}-cost`}
            value={problem.cost ?? ''}
            onChange={(event) => onRate({ cost: level(event.target.value) })}
          >
            <option value="">{t('problems.notRated')}</option>
            {COST_LEVELS.map((value) => (
              <option key={value} value={value}>
                {format.integer(value)} – {t(`problems.costLevels.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field field--check">
        <input
          id={`${id}-concrete`}
          type="checkbox"
          checked={problem.concrete}
          onChange={(event) => onRate({ concrete: event.target.checked })}
        />
        <label htmlFor={`${id}-concrete`}>{t('problems.concrete')}</label>
      </div>
      <p className="problem-list__score">
        {score === null
          ? t('problems.unrated')
          : !problem.concrete
            ? t('problems.vague')
            : t('problems.score', { score: format.integer(score) })}
      </p>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={`${t('problems.delete')}: ${problem.title}`}
        onClick={onDelete}
      >
        {t('problems.delete')}
      </button>
    </li>
  );
}

function AddProblemForm({
  onAdd,
}: {
  onAdd: (input: { title: string; source: AddableSource; note: string }) => Promise<void>;
}) {
  const { t } = useTranslation('complaints');
  const id = useId();
  const titleInput = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<AddableSource>('staff');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: 'title' | 'note'; text: string } | null>(null);

  const submit = async () => {
    const trimmed = title.trim();
    if (!trimmed) setError({ field: 'title', text: t('problems.errors.titleMissing') });
    else if (trimmed.length > MAX_PROBLEM_TITLE)
      setError({ field: 'title', text: t('problems.errors.titleTooLong') });
    else if (note.length > MAX_PROBLEM_NOTE)
      setError({ field: 'note', text: t('problems.errors.noteTooLong') });
    else {
      setError(null);
      try {
        await onAdd({ title: trimmed, source, note: note.trim() });
        setTitle('');
        setNote('');
        titleInput.current?.focus();
      } catch (reason) {
        setError({ field: 'title', text: toStorageError(reason).message });
      }
      return;
    }
    titleInput.current?.focus();
  };

  return (
    <form
      className="card"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('problems.addTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('problems.problemTitle')}</label>
        <p className="field__hint" id={`${id}-title-hint`}>
          {t('problems.problemTitleHint')}
        </p>
        <textarea
          ref={titleInput}
          id={`${id}-title`}
          rows={2}
          dir="auto"
          value={title}
          aria-invalid={error?.field === 'title' ? true : undefined}
          aria-describedby={`${id}-title-hint${error?.field === 'title' ? ` ${id}-error` : ''}`}
          onChange={(event) => setTitle(event.target.value)}
        />
        {error?.field === 'title' && (
          <p className="field__error" id={`${id}-error`}>
            {error.text}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('problems.source')}</label>
        <select
          id={`${id}-source`}
          value={source}
          onChange={(event) => setSource(event.target.value as AddableSource)}
        >
          {ADDABLE_SOURCES.map((value) => (
            <option key={value} value={value}>
              {t(`problems.sources.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>
          {t('problems.note')} <span className="field__optional">({t('form.optional')})</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          dir="auto"
          value={note}
          aria-invalid={error?.field === 'note' ? true : undefined}
          aria-describedby={error?.field === 'note' ? `${id}-error` : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        {error?.field === 'note' && (
          <p className="field__error" id={`${id}-error`}>
            {error.text}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('problems.add')}
      </button>
    </form>
  );
}

function SendToPlan({
  business,
  targetDate,
  defaultOwner,
  sectionName,
  onSent,
}: {
  business: BusinessFields;
  targetDate: string | null;
  defaultOwner: string;
  sectionName: string;
  onSent: (sent: SentToPlan) => void;
}) {
  const { t } = useTranslation('complaints');
  const id = useId();
  const today = isoDate(new Date());
  const [owner, setOwner] = useState(defaultOwner);
  const [dueDate, setDueDate] = useState(addMonths(today, 3));
  const [error, setError] = useState<{ field: 'owner' | 'dueDate' | 'form'; text: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);

  if (targetDate === null)
    return (
      <div className="notice">
        <p>{t('problems.noAssessment')}</p>
        <Link className="button" to="/">
          {t('problems.startAudit')}
        </Link>
      </div>
    );

  const send = async () => {
    if (!owner.trim()) return setError({ field: 'owner', text: t('problems.ownerMissing') });
    if (!isRealDate(dueDate) || dueDate < today)
      return setError({ field: 'dueDate', text: t('problems.dueDateInvalid') });
    setError(null);
    setBusy(true);
    try {
      onSent(
        await sendTopProblemsToPlan(business, {
          what: (problem) => t('problems.goalWhat', { problem: problem.title }),
          targetValue: 0,
          targetUnit: t('problems.goalUnit'),
          owner: owner.trim(),
          dueDate,
        }),
      );
    } catch (reason) {
      setError({
        field: 'form',
        text: t('problems.sendFailed', { reason: reason instanceof Error ? reason.message : '' }),
      });
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: 'owner' | 'dueDate') =>
    error?.field === field
      ? ({ 'aria-invalid': true, 'aria-describedby': `${id}-error` } as const)
      : {};

  return (
    <form
      className="send-to-plan"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id={`${id}-heading`}>{t('problems.sendTitle')}</h3>
      <p className="field__hint">
        {t('problems.sendTarget', { date: targetDate, section: sectionName })}
      </p>
      <div className="send-to-plan__fields">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('problems.owner')}</label>
          <input
            id={`${id}-owner`}
            type="text"
            dir="auto"
            autoComplete="name"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
            {...invalid('owner')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('problems.dueDate')}</label>
          <input
            id={`${id}-due`}
            type="date"
            min={today}
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            {...invalid('dueDate')}
          />
        </div>
      </div>
      {error && (
        <p
          className="field__error"
          id={`${id}-error`}
          role={error.field === 'form' ? 'alert' : undefined}
        >
          {error.text}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('problems.send')}
      </button>
    </form>
  );
}
