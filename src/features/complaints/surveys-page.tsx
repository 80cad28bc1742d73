// The results of the owner's own customer surveys (/complaints/surveys): enter a round
// (CSAT answers, NPS counts per score), edit or delete it (with Undo), and follow CSAT
// and NPS over time in charts with a table of the same figures.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addCustomerSurvey,
  deleteCustomerSurvey,
  restoreCustomerSurvey,
  updateCustomerSurvey,
  useCustomerSurveys,
} from '../../db/customer-surveys';
import { dateFromIso, isoDate } from '../../domain/calendar-date';
import {
  NPS_SCORES,
  emptySurveyForm,
  isSurveyFormError,
  readSurveyForm,
  surveyFormValues,
  type CustomerSurvey,
  type CustomerSurveyFields,
  type SurveyFormValues,
} from '../../domain/customer-surveys';
import { surveyTrend } from '../../domain/feedback-figures';
import { formatNumberForInput, parseLocaleNumber } from '../../domain/locale-number';
import { ChartFrame } from '../../ui/chart-frame';
import { SurveyMeasureChart } from '../../ui/charts/lazy-charts';
import { MessageBar } from '../../ui/message-bar';
import { useFormat } from '../../ui/use-format';
import { ComplaintsHeader } from './complaints-header';
import { TableScroll } from './table-scroll';
import { useBusiness } from './use-business';
import './complaints.css';
import { useErrorText } from '../../ui/use-error-text';

type Editing = { id: string | null; values: SurveyFormValues };

export function SurveysPage() {
  const { t } = useTranslation(['complaints', 'common']);
  const reasonOf = useErrorText();
  const format = useFormat();
  const chosen = useBusiness();
  const surveys = useCustomerSurveys(chosen.business);
  const today = isoDate(new Date());
  const [editing, setEditing] = useState<Editing>({ id: null, values: emptySurveyForm(today) });
  const [message, setMessage] = useState<{
    text: string;
    deleted?: CustomerSurvey;
    error?: boolean;
  } | null>(null);

  const title = (business: string | null) =>
    business ? t('surveys.titleFor', { name: business }) : t('surveys.title');
  const header = <ComplaintsHeader chosen={chosen} title={title} intro={t('surveys.intro')} />;
  if (chosen.known === undefined || (chosen.business && surveys === undefined))
    return (
      <div className="page complaints">
        {header}
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    );
  if (!chosen.business)
    return (
      <div className="page complaints">
        {header}
        <p className="notice">{t('business.prompt')}</p>
      </div>
    );

  const rounds = surveys ?? [];
  const trend = surveyTrend(rounds);
  const dateLabel = (iso: string) => format.date(dateFromIso(iso).getTime());
  const labels = trend.map((point) => dateLabel(point.date));
  const pointLabel = (index: number) =>
    labels.filter((l) => l === labels[index]).length > 1
      ? `${labels[index]} (${format.integer(labels.slice(0, index + 1).filter((l) => l === labels[index]).length)})`
      : labels[index]!;
  const hasCsat = trend.some((point) => point.csat !== null);
  const hasNps = trend.some((point) => point.nps !== null);

  const onSave = async (fields: CustomerSurveyFields) => {
    if (editing.id) await updateCustomerSurvey(editing.id, fields);
    else if (chosen.business) await addCustomerSurvey(chosen.business, fields);
    setEditing({ id: null, values: emptySurveyForm(today) });
    setMessage({ text: t('surveys.saved') });
  };

  const onDelete = async (survey: CustomerSurvey) => {
    try {
      const deleted = await deleteCustomerSurvey(survey.id);
      if (editing.id === survey.id) setEditing({ id: null, values: emptySurveyForm(today) });
      setMessage({ text: t('surveys.deleted', { date: dateLabel(survey.date) }), deleted });
    } catch (error) {
      setMessage({ text: t('log.actionFailed', { reason: reasonOf(error) }), error: true });
    }
  };
  const onUndo = async (deleted: CustomerSurvey) => {
    try {
      await restoreCustomerSurvey(deleted);
      setMessage({ text: t('surveys.restored') });
    } catch (error) {
      setMessage({ text: t('log.actionFailed', { reason: reasonOf(error) }), error: true });
    }
  };

  return (
    <div className="page complaints surveys">
      {header}
      <p>{t('surveys.advice')}</p>

      <MessageBar
        className="complaints__status"
        message={message}
        undo={
          message?.deleted
            ? { label: t('surveys.undo'), onUndo: () => void onUndo(message.deleted!) }
            : undefined
        }
        dismissLabel={t('log.dismiss')}
        onDismiss={() => setMessage(null)}
      />

      <SurveyForm
        key={editing.id ?? 'new'}
        initial={editing.values}
        editing={editing.id !== null}
        today={today}
        onSave={onSave}
        onCancel={() => setEditing({ id: null, values: emptySurveyForm(today) })}
      />

      <section aria-labelledby="surveys-list">
        <h2 id="surveys-list">{t('surveys.listCaption')}</h2>
        {rounds.length === 0 ? (
          <p className="muted">{t('surveys.empty')}</p>
        ) : (
          <>
            {hasCsat && (
              <ChartFrame
                title={t('surveys.csatChartTitle')}
                description={t('surveys.csatChartDescription')}
                height={240}
              >
                <SurveyMeasureChart
                  points={trend.map((point, index) => ({
                    label: pointLabel(index),
                    value: point.csat,
                  }))}
                  name="CSAT"
                  domain={[0, 100]}
                  ticks={[0, 25, 50, 75, 100]}
                  formatNumber={(value) => format.integer(Math.round(value))}
                  rtl={format.rtl}
                />
              </ChartFrame>
            )}
            {hasNps && (
              <ChartFrame
                title={t('surveys.npsChartTitle')}
                description={t('surveys.npsChartDescription')}
                height={240}
              >
                <SurveyMeasureChart
                  points={trend.map((point, index) => ({
                    label: pointLabel(index),
                    value: point.nps,
                  }))}
                  name="NPS"
                  domain={[-100, 100]}
                  ticks={[-100, -50, 0, 50, 100]}
                  formatNumber={(value) => format.integer(Math.round(value))}
                  rtl={format.rtl}
                />
              </ChartFrame>
            )}
            <TableScroll label={t('surveys.tableCaption')}>
              <table className="data-table" data-testid="surveys-table">
                <caption>{t('surveys.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.columns.date')}</th>
                    <th scope="col">{t('surveys.columns.label')}</th>
                    <th scope="col" className="num">
                      {t('surveys.columns.csat')}
                    </th>
                    <th scope="col" className="num">
                      {t('surveys.columns.nps')}
                    </th>
                    <th scope="col" className="num">
                      {t('surveys.columns.answers')}
                    </th>
                    <th scope="col">{t('surveys.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.map((point, index) => {
                    const survey = rounds.find((round) => round.id === point.id)!;
                    return (
                      <tr key={point.id}>
                        <th scope="row">{pointLabel(index)}</th>
                        <td>
                          <bdi>{point.label}</bdi>
                        </td>
                        <td className="num">
                          {point.csat === null
                            ? t('figures.none')
                            : format.percent(point.csat / 100)}
                        </td>
                        <td className="num">
                          {point.nps === null
                            ? t('figures.none')
                            : format.integer(Math.round(point.nps))}
                        </td>
                        <td className="num">
                          {format.integer(Math.max(point.csatResponses, point.npsResponses))}
                        </td>
                        <td className="surveys__actions">
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`${t('surveys.edit')}: ${pointLabel(index)}`}
                            onClick={() =>
                              setEditing({
                                id: survey.id,
                                values: surveyFormValues(survey, (value) =>
                                  formatNumberForInput(value, format.language),
                                ),
                              })
                            }
                          >
                            {t('surveys.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            aria-label={`${t('surveys.delete')}: ${pointLabel(index)}`}
                            onClick={() => void onDelete(survey)}
                          >
                            {t('surveys.delete')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        <p className="muted">
          {t('surveys.formulaNote')} <Link to="/about#csat-nps">{t('surveys.aboutLink')}</Link>
        </p>
      </section>
    </div>
  );
}

type FormProps = {
  initial: SurveyFormValues;
  editing: boolean;
  today: string;
  onSave: (fields: CustomerSurveyFields) => Promise<void>;
  onCancel: () => void;
};

function SurveyForm({ initial, editing, today, onSave, onCancel }: FormProps) {
  const { t } = useTranslation('complaints');
  const reasonOf = useErrorText();
  const format = useFormat();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof SurveyFormValues, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setCount = (score: number, value: string) =>
    setValues((current) => ({
      ...current,
      npsCounts: current.npsCounts.map((old, index) => (index === score ? value : old)),
    }));

  const submit = async () => {
    setSaveError(null);
    const result = readSurveyForm(values, today, (text) =>
      parseLocaleNumber(text, format.language),
    );
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(result.fields);
    } catch (error) {
      setSaveError(t('surveys.saveFailed', { reason: reasonOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: string) => {
    const code = errors[field];
    return code && isSurveyFormError(code) ? t(`surveys.errors.${code}`) : undefined;
  };
  const describe = (field: string, hint?: string) => {
    const error = errorOf(field);
    return {
      id: `${id}-${field}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby':
        [hint, error ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined,
    } as const;
  };
  const errorText = (field: string) =>
    errorOf(field) ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {errorOf(field)}
      </p>
    ) : null;
  const countInput = (field: 'responses' | 'satisfied', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
        {...describe(field, `${id}-csat-hint`)}
      />
      {errorText(field)}
    </div>
  );

  return (
    <form
      ref={form}
      className="card survey-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{editing ? t('surveys.editTitle') : t('surveys.formTitle')}</h2>
      <div className="survey-form__row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('surveys.date')}</label>
          <input
            type="date"
            max={today}
            value={values.date}
            onChange={(event) => set('date', event.target.value)}
            {...describe('date')}
          />
          {errorText('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>
            {t('surveys.label')} <span className="field__optional">({t('form.optional')})</span>
          </label>
          <p className="field__hint" id={`${id}-label-hint`}>
            {t('surveys.labelHint')}
          </p>
          <input
            type="text"
            dir="auto"
            autoComplete="off"
            value={values.label}
            onChange={(event) => set('label', event.target.value)}
            {...describe('label', `${id}-label-hint`)}
          />
          {errorText('label')}
        </div>
      </div>

      <fieldset className="survey-form__group">
        <legend>{t('surveys.csatTitle')}</legend>
        <p className="field__hint" id={`${id}-csat-hint`}>
          {t('surveys.csatHint')}
        </p>
        <div className="survey-form__row">
          {countInput('responses', t('surveys.responses'))}
          {countInput('satisfied', t('surveys.satisfiedCount'))}
        </div>
      </fieldset>

      <fieldset className="survey-form__group">
        <legend>{t('surveys.npsTitle')}</legend>
        <p className="field__hint" id={`${id}-nps-hint`}>
          {t('surveys.npsHint')}
        </p>
        <div className="nps-grid">
          {NPS_SCORES.map((score) => (
            <div className="field nps-grid__cell" key={score}>
              <label htmlFor={`${id}-npsCounts.${score}`}>
                {t('surveys.npsScore', { score: format.integer(score) })}
              </label>
              <input
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={values.npsCounts[score]}
                onChange={(event) => setCount(score, event.target.value)}
                {...describe(`npsCounts.${score}`)}
              />
            </div>
          ))}
        </div>
        {NPS_SCORES.map((score) => errorText(`npsCounts.${score}`))}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-note`}>
          {t('surveys.note')} <span className="field__optional">({t('form.optional')})</span>
        </label>
        <textarea
          rows={2}
          dir="auto"
          value={values.note}
          onChange={(event) => set('note', event.target.value)}
          {...describe('note')}
        />
        {errorText('note')}
      </div>
      {saveError && (
        <p className="notice notice--error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {editing ? t('surveys.saveChanges') : t('surveys.save')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            {t('surveys.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
