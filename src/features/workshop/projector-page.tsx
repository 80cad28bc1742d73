// /workshops/:id/present — the workshop as a presentation for a projector (issue 11):
// slides (invite and live count → group total and bands → section spread → weakest
// sections), moved with the arrow keys, Page Up/Down (presentation clickers), Home/End
// or the on-screen buttons. The count and figures update live as results arrive, whether
// the scanner runs here (docked beside the slides) or in another tab: both read the same
// database through live queries. The page has no app header, so a slide owns the screen.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useParticipants, useWorkshop } from '../../db/workshops';
import { aggregateResults } from '../../domain/aggregate';
import { useFormat } from '../../ui/use-format';
import { SLIDES, Slide } from './projector-slides';
import { Scanner } from './scanner';
import { useWorkshopTag } from './use-workshop-tag';
import { isolate } from '../../ui/user-text';
import { WorkshopNotFound } from './workshop-not-found';
import './workshop.css';
import './projector.css';

/** 1 % of the viewport height, kept current as the window (or full screen) changes. */
function useViewportUnit(): number {
  const [unit, setUnit] = useState(() => window.innerHeight / 100);
  useEffect(() => {
    const update = () => setUnit(window.innerHeight / 100);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return unit;
}

function slideFrom(value: string | null): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= SLIDES.length ? number - 1 : 0;
}

/** Keys typed into a field or with a modifier belong to the field or the browser. */
function isOwnKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest('input, select, textarea, [contenteditable="true"]');
}

export function ProjectorPage() {
  const { id } = useParams();
  const { t } = useTranslation(['workshop', 'common']);
  const format = useFormat();
  const workshop = useWorkshop(id);
  const participants = useParticipants(id);
  const [params, setParams] = useSearchParams();
  const index = slideFrom(params.get('slide'));
  const stage = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [scanning, setScanning] = useState(false);
  const unit = useViewportUnit();
  const group = useMemo(
    () => aggregateResults((participants ?? []).map((participant) => participant.answers)),
    [participants],
  );
  useWorkshopTag(workshop);

  // Moves are worked out from the slide in the address at the moment they apply, not from
  // the slide this render saw: a key pressed after a slide is painted but before the
  // effects re-run still moves on from the slide on screen.
  const move = useCallback(
    (to: (current: number) => number) => {
      // react-router hands the updater the parameters of the last render, so read the
      // address itself (as Compare does).
      const current = new URLSearchParams(window.location.search);
      const next = Math.min(SLIDES.length - 1, Math.max(0, to(slideFrom(current.get('slide')))));
      current.set('slide', String(next + 1));
      setParams(current, { replace: true });
    },
    [setParams],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isOwnKey(event)) return;
      // Arrows follow the reading direction: in Persian the next slide is to the left.
      const forward = format.rtl ? 'ArrowLeft' : 'ArrowRight';
      const back = format.rtl ? 'ArrowRight' : 'ArrowLeft';
      const moves: Record<string, (current: number) => number> = {
        [forward]: (current) => current + 1,
        [back]: (current) => current - 1,
        ArrowDown: (current) => current + 1,
        ArrowUp: (current) => current - 1,
        PageDown: (current) => current + 1,
        PageUp: (current) => current - 1,
        Home: () => 0,
        End: () => SLIDES.length - 1,
      };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      move(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [format.rtl, move]);

  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  const slideTitle = t(`slides.names.${SLIDES[index]!}`);
  useEffect(() => {
    // Each piece isolated and joined by the language's separator, as PageHeading does.
    if (workshop)
      document.title = [
        slideTitle,
        isolate(workshop.name),
        format.rtl ? isolate(t('common:app.name')) : t('common:app.name'),
      ].join(t('common:separator'));
  }, [slideTitle, t, workshop, format.rtl]);

  if (workshop === undefined || participants === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (workshop === null) {
    return (
      <main id="main" tabIndex={-1}>
        <WorkshopNotFound />
      </main>
    );
  }

  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => undefined);
  };
  const position = t('slides.position', {
    number: format.integer(index + 1),
    total: format.integer(SLIDES.length),
  });

  return (
    <div
      className={scanning ? 'projector projector--scanning' : 'projector'}
      ref={stage}
      data-testid="projector"
    >
      <main id="main" className="projector__stage" tabIndex={-1}>
        <section
          className="projector__slide"
          aria-roledescription={t('slides.roleDescription')}
          aria-label={`${position}: ${slideTitle}`}
          data-slide={SLIDES[index]}
        >
          <Slide
            id={SLIDES[index]!}
            workshop={workshop}
            participants={participants}
            group={group}
            unit={unit}
          />
        </section>
      </main>
      {scanning && (
        <aside className="projector__scanner">
          <Scanner
            workshop={workshop}
            count={participants.length}
            onClose={() => setScanning(false)}
            compact
          />
        </aside>
      )}
      <nav className="projector__controls" aria-label={t('slides.controls')}>
        <div className="projector__tools">
          <Link to={`/workshops/${workshop.id}`} className="button">
            {t('present.back')}
          </Link>
          {!scanning && (
            <button type="button" className="button" onClick={() => setScanning(true)}>
              {t('scan.title')}
            </button>
          )}
          {canFullscreen && (
            <button type="button" className="button" onClick={toggleFullscreen}>
              {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
            </button>
          )}
        </div>
        <div className="projector__pager">
          <button
            type="button"
            className="button"
            aria-disabled={index === 0}
            onClick={() => move((current) => current - 1)}
          >
            <span className="arrow arrow--back" aria-hidden="true" />
            {t('slides.previous')}
          </button>
          <p className="projector__position" role="status">
            <span className="visually-hidden">{`${slideTitle}, `}</span>
            {position}
          </p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={index === SLIDES.length - 1}
            onClick={() => move((current) => current + 1)}
          >
            {t('slides.next')}
            <span className="arrow arrow--next" aria-hidden="true" />
          </button>
        </div>
      </nav>
    </div>
  );
}
