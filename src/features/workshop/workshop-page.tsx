// /workshops/:id — one workshop: the invite, add results (camera, links, files), the
// group dashboard, participants, exports, rename and delete.

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteWorkshop, renameWorkshop, useParticipants, useWorkshop } from '../../db/workshops';
import { aggregateResults } from '../../domain/aggregate';
import { preloadCharts } from '../../ui/charts/lazy-charts';
import { workshopCsv } from '../../domain/workshop-csv';
import type { Workshop, WorkshopParticipant } from '../../domain/workshop';
import { PageHeading } from '../../ui/page-heading';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { WorkshopNameField, useWorkshopNameForm } from '../../ui/workshop-name-field';
import { AddResults } from './add-results';
import { Confirmation, useConfirmation } from '../../ui/confirmation';
import { downloadText } from '../../ui/download';
import { TextParts, UserText, sentence } from '../../ui/user-text';
import { InvitePanel } from './invite-panel';
import { useWorkshopTag } from './use-workshop-tag';
import { ParticipantsTable } from './participants-table';
import { WorkshopDashboard } from './workshop-dashboard';
import { fileSafeName, workshopJson } from './workshop-export';
import { WorkshopNotFound } from './workshop-not-found';
import './workshop.css';

export function WorkshopPage() {
  const { id } = useParams();
  const { t } = useTranslation(['workshop', 'common']);
  const workshop = useWorkshop(id);
  const participants = useParticipants(id);
  const group = useMemo(
    () => aggregateResults((participants ?? []).map((participant) => participant.answers)),
    [participants],
  );
  useWorkshopTag(workshop);
  // The dashboard's charts load while the participants are read.
  useEffect(() => preloadCharts('scoreScale', 'sectionSpread'), []);
  if (workshop === undefined || participants === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (workshop === null) return <WorkshopNotFound />;

  return (
    <div className="page workshop">
      <WorkshopHeader workshop={workshop} count={participants.length} />
      <InvitePanel workshop={workshop} />
      <AddResults workshop={workshop} count={participants.length} />
      <section aria-labelledby="dashboard-title" className="workshop__dashboard">
        <h2 id="dashboard-title">{t('dashboard.title')}</h2>
        <WorkshopDashboard group={group} />
      </section>
      <ParticipantsTable participants={participants} />
      <Exports workshop={workshop} participants={participants} />
      <DeleteWorkshop workshop={workshop} />
    </div>
  );
}

function WorkshopHeader({ workshop, count }: { workshop: Workshop; count: number }) {
  const { t } = useTranslation(['workshop', 'common']);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const nameForm = useWorkshopNameForm(workshop.name);
  const errorText = useErrorText();

  const save = nameForm.handleSubmit(async ({ name }) => {
    try {
      await renameWorkshop(workshop.id, name);
      setEditing(false);
    } catch (failure) {
      // A name the schema refuses gets the field's own sentence; a storage failure its reason.
      const kind = (failure as { kind?: unknown }).kind;
      nameForm.setError(
        'name',
        kind === 'invalid'
          ? { type: 'save' }
          : { type: 'save', message: t('page.renameFailed', { reason: errorText(failure) }) },
      );
    }
  });

  return (
    <header className="workshop__header">
      <p>
        <Link to="/workshops">{t('page.back')}</Link>
      </p>
      <PageHeading>
        <UserText>{workshop.name}</UserText>
      </PageHeading>
      <p className="muted">
        <TextParts
          parts={[
            t('page.participantsCount', { count, formattedCount: format.integer(count) }),
            format.date(workshop.createdAt),
          ]}
        />
      </p>
      {editing ? (
        <form className="rename-form" onSubmit={(event) => void save(event)} noValidate>
          <WorkshopNameField
            form={nameForm}
            label={t('page.renameLabel')}
            error={t('list.errorName')}
          />
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('page.saveName')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(false);
                nameForm.reset({ name: workshop.name });
              }}
            >
              {t('page.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Link className="button button--primary" to={`/workshops/${workshop.id}/present`}>
            {t('page.present')}
          </Link>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('page.rename')}
          </button>
        </div>
      )}
    </header>
  );
}

function Exports({
  workshop,
  participants,
}: {
  workshop: Workshop;
  participants: readonly WorkshopParticipant[];
}) {
  const { t } = useTranslation('workshop');
  const confirmation = useConfirmation();
  if (participants.length === 0) return null;
  const base = `${fileSafeName(workshop.name)}-${new Date().toISOString().slice(0, 10)}`;
  const saved = (key: 'export.savedCsv' | 'export.savedJson', file: string) =>
    confirmation.show(
      sentence((values) => t(key, values), { file: <UserText dir="ltr">{file}</UserText> }),
    );
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="field__hint">{t('export.hint')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const group = aggregateResults(participants.map((participant) => participant.answers));
            const csv = workshopCsv(
              participants,
              group,
              t('export.summaryLabel', { count: group.participants }),
            );
            downloadText(`${base}.csv`, csv, 'text/csv;charset=utf-8');
            saved('export.savedCsv', `${base}.csv`);
          }}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadText(
              `${base}.workshop.json`,
              workshopJson(workshop, participants, Date.now()),
              'application/json',
            );
            saved('export.savedJson', `${base}.workshop.json`);
          }}
        >
          {t('export.json')}
        </button>
      </div>
      <Confirmation shown={confirmation.shown} />
    </section>
  );
}

function DeleteWorkshop({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  const remove = async () => {
    setFailure(undefined);
    try {
      await deleteWorkshop(workshop.id);
    } catch (error) {
      setFailure(t('page.deleteFailed', { reason: errorText(error) }));
      return;
    }
    await navigate('/workshops');
  };
  return (
    <div className="actions">
      {confirming ? (
        <>
          <p className="notice notice--warning" role="alert">
            {t('page.deleteWarning')}
          </p>
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('page.confirmDelete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('page.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('page.delete')}
        </button>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
