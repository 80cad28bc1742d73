// /workshops/:id/present — the group profile for a projector: large type, high
// contrast, and a full-screen button (the dashboard alone fills the screen).

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useParticipants, useWorkshop } from '../../db/workshops';
import { aggregateResults } from '../../domain/aggregate';
import { PageHeading } from '../../ui/page-heading';
import { UserText, sentence } from '../../ui/user-text';
import { WorkshopDashboard } from './workshop-dashboard';
import { WorkshopNotFound } from './workshop-not-found';
import './workshop.css';

export function ProjectorPage() {
  const { id } = useParams();
  const { t } = useTranslation(['workshop', 'common']);
  const workshop = useWorkshop(id);
  const participants = useParticipants(id);
  const stage = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const group = useMemo(
    () => aggregateResults((participants ?? []).map((participant) => participant.answers)),
    [participants],
  );

  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  if (workshop === undefined || participants === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (workshop === null) return <WorkshopNotFound />;

  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => undefined);
  };

  return (
    <div className="projector" ref={stage}>
      <div className="projector__bar">
        <Link to={`/workshops/${workshop.id}`} className="button">
          {t('present.back')}
        </Link>
        {canFullscreen && (
          <button type="button" className="button button--primary" onClick={toggle}>
            {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
          </button>
        )}
      </div>
      <PageHeading>
        {sentence((values) => t('present.title', values), {
          name: <UserText>{workshop.name}</UserText>,
        })}
      </PageHeading>
      <WorkshopDashboard group={group} large />
    </div>
  );
}
