// Measurable service standards: the owner's standards with their checks, an editor for
// a new or changed one, examples ordered by the audit's weakest sections, and the ties to
// the action plan (a standard becomes a goal; `?goal=<assessment>:<goal>` opens the
// editor prefilled from a goal of the plan).
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useActionPlan } from '../../db/action-plans';
import { addGoalFromStandard, removeStandard, saveStandard } from '../../db/policies';
import { isoDate } from '../../domain/calendar-date';
import {
  STANDARD_EXAMPLES,
  examplesByNeed,
  standardFormValues,
  type GoalRef,
  type Policy,
  type StandardFormValues,
} from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import { isolate } from '../../ui/user-text';
import { StandardCard } from './standard-card';
import { StandardEditor, type EvidenceFinding } from './standard-editor';
import type { AuditEvidence } from './use-audit-evidence';
import type { LogEvidence } from './use-complaint-evidence';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';

type Props = {
  policy: Policy;
  evidence: AuditEvidence | null | undefined;
  log: LogEvidence | undefined;
};

type Editing =
  | { kind: 'new'; initial: StandardFormValues; goal: GoalRef | null; key: number }
  | { kind: 'edit'; standardId: string };

function parseGoalParam(value: string | null): GoalRef | null {
  if (!value) return null;
  const [assessmentId, goalId] = value.split(':');
  return assessmentId && goalId ? { assessmentId, goalId } : null;
}

export function StandardsStep({ policy, evidence, log }: Props) {
  const { t, i18n } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useSaveAction();
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const standards = policy.content.standards;
  const weakest = useMemo(() => evidence?.weakest ?? [], [evidence]);
  const examples = useMemo(() => examplesByNeed(weakest), [weakest]);

  // A goal sent over from the action plan becomes a prefilled new standard.
  const goalRef = parseGoalParam(params.get('goal'));
  const plan = useActionPlan(goalRef?.assessmentId);
  const goal = plan?.goals.find((item) => item.id === goalRef?.goalId);
  const alreadyLinked = standards.some(
    (standard) => standard.goal?.goalId === goalRef?.goalId && goalRef,
  );
  const fromGoal: Editing | null =
    goalRef && goal && !alreadyLinked
      ? {
          kind: 'new',
          key: -1,
          goal: goalRef,
          initial: {
            ...standardFormValues(),
            text: `${goal.what}: ${format.score(goal.targetValue)} ${goal.targetUnit}`.slice(
              0,
              300,
            ),
            sectionId: goal.sectionId,
            reviewDate: goal.dueDate,
          },
        }
      : null;
  const current = editing ?? fromGoal;

  const close = (message?: string) => {
    setEditing(null);
    if (params.has('goal')) setParams({}, { replace: true });
    if (message) setStatus(message);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const startNew = (initial: Partial<StandardFormValues> = {}) => {
    setStatus('');
    setEditing({
      kind: 'new',
      key: Date.now(),
      goal: null,
      initial: { ...standardFormValues(), sectionId: weakest[0] ?? '', ...initial },
    });
  };

  const run = (action: () => Promise<unknown>, message: string) => {
    setStatus('');
    return save.run(action, message);
  };

  const auditId = evidence?.assessment.id ?? null;
  // The complaint log's figures and the top three problems, quotable as evidence.
  const findings: EvidenceFinding[] = [];
  if (log?.complaintFinding)
    findings.push({
      id: 'complaints',
      label: t('standards.fields.useComplaints'),
      text: log.complaintFinding,
    });
  if (log?.problemsFinding)
    findings.push({
      id: 'problems',
      label: t('standards.fields.useProblems'),
      text: log.problemsFinding,
    });
  const editor = (() => {
    if (!current) return null;
    if (current.kind === 'edit') {
      const standard = standards.find((item) => item.id === current.standardId);
      if (!standard) return null;
      return (
        <StandardEditor
          key={standard.id}
          idPrefix={`standard-edit-${standard.id}`}
          title={t('standards.editTitle')}
          editing
          initial={standardFormValues(standard)}
          auditAverages={evidence?.averages}
          findings={findings}
          onCancel={() => close()}
          onSave={async (draft) => {
            await saveStandard(policy.id, draft, { standardId: standard.id });
            close(t('standards.updated'));
          }}
        />
      );
    }
    return (
      <StandardEditor
        key={current.key}
        idPrefix="standard-new"
        title={t('standards.formTitle')}
        initial={current.initial}
        auditAverages={evidence?.averages}
        findings={findings}
        onCancel={() => close()}
        onSave={async (draft) => {
          await saveStandard(policy.id, draft, { goal: current.goal });
          close(t('standards.added'));
        }}
      />
    );
  })();

  return (
    <section className="policy-step" aria-labelledby="standards-title">
      <h2 id="standards-title">{t('standards.title')}</h2>
      <p>{t('standards.intro')}</p>
      <SaveFeedback error={save.error} status={status || save.status} />

      <div className="standards-layout">
        <div>
          <h3 id="standards-list-title">{t('standards.listTitle')}</h3>
          {standards.length === 0 ? (
            <p className="muted">{t('standards.empty')}</p>
          ) : (
            <ol className="standard-list" aria-labelledby="standards-list-title">
              {standards.map((standard) =>
                current?.kind === 'edit' && current.standardId === standard.id ? (
                  <li key={standard.id} className="standard-list__editing">
                    {editor}
                  </li>
                ) : (
                  <StandardCard
                    key={standard.id}
                    standard={standard}
                    auditId={auditId}
                    onEdit={() => setEditing({ kind: 'edit', standardId: standard.id })}
                    onRemove={() => {
                      if (
                        !window.confirm(
                          t('standards.confirmRemove', { text: isolate(standard.text) }),
                        )
                      )
                        return;
                      void run(
                        () => removeStandard(policy.id, standard.id),
                        t('standards.removed'),
                      );
                    }}
                    onAddToPlan={() => {
                      if (!evidence) return;
                      void run(
                        () =>
                          addGoalFromStandard(policy.id, standard.id, {
                            assessmentId: evidence.assessment.id,
                            fallbackSectionId: evidence.weakest[0] ?? 'culture',
                            language,
                            today: isoDate(new Date()),
                          }),
                        t('standards.plan.added', {
                          date: format.date(
                            evidence.assessment.completedAt ?? evidence.assessment.updatedAt,
                          ),
                        }),
                      );
                    }}
                  />
                ),
              )}
            </ol>
          )}
          {current?.kind === 'new' ? (
            <>
              {fromGoal && current === fromGoal && goal && (
                <p className="notice">{t('standards.fromGoal', { what: isolate(goal.what) })}</p>
              )}
              {editor}
            </>
          ) : (
            current?.kind !== 'edit' && (
              <button
                ref={addButton}
                type="button"
                className="button button--primary"
                onClick={() => startNew()}
              >
                {t('standards.add')}
              </button>
            )
          )}
        </div>

        <aside className="standard-examples" aria-labelledby="standard-examples-title">
          <h3 id="standard-examples-title">{t('standards.examplesTitle')}</h3>
          <p className="muted">{t('standards.examplesIntro')}</p>
          <ul>
            {examples.map((exampleId) => {
              const example = STANDARD_EXAMPLES.find((item) => item.id === exampleId)!;
              const text = t(`standards.examples.${exampleId}`);
              const section =
                example.sections.find((s) => weakest.includes(s)) ?? example.sections[0];
              return (
                <li key={exampleId} className="standard-example">
                  <p>{text}</p>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={current !== null}
                    onClick={() => startNew({ text, sectionId: section })}
                  >
                    {t('standards.useExample')}
                    <span className="visually-hidden">: {text}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </aside>
      </div>
    </section>
  );
}
