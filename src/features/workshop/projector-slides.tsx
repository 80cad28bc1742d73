// The projector's four slides (issue 11): the invite with the live count, the group
// total and bands, the section spread, and the weakest sections. Every size is taken
// from the screen (`unit`: 1 % of the viewport height, see projector.css), so a slide
// fills 1920×1080 and 1280×720 alike without scrolling, with type of at least 24 px
// at 1080p. The figures come from the same aggregation as the dashboard.

import { useTranslation } from 'react-i18next';
import { meanCut, type GroupAggregate } from '../../domain/aggregate';
import type { SectionId } from '../../domain/instrument';
import type { Workshop, WorkshopParticipant } from '../../domain/workshop';
import { BandChip } from '../../ui/band-chip';
import { ChartFrame } from '../../ui/chart-frame';
import { SectionSpreadChart } from '../../ui/charts/lazy-charts';
import { UserText, sentence } from '../../ui/user-text';
import { useFormat } from '../../ui/use-format';
import { ArrivalCount } from './arrival-count';
import { BandCounts, GroupTotalChart } from './group-parts';
import { InviteCode } from './invite-panel';

export const SLIDES = ['invite', 'total', 'spread', 'weakest'] as const;
export type SlideId = (typeof SLIDES)[number];

type SlideProps = {
  workshop: Workshop;
  participants: readonly WorkshopParticipant[];
  group: GroupAggregate;
  /** 1 % of the viewport height in pixels: charts are sized and lettered with it. */
  unit: number;
};

/** How many of the latest arrivals the invite slide names. */
const RECENT = 12;

export function Slide({ id, ...props }: SlideProps & { id: SlideId }) {
  switch (id) {
    case 'invite':
      return <InviteSlide {...props} />;
    case 'total':
      return <TotalSlide {...props} />;
    case 'spread':
      return <SpreadSlide {...props} />;
    case 'weakest':
      return <WeakestSlide {...props} />;
  }
}

function Kicker({ workshop }: { workshop: Workshop }) {
  return (
    <p className="slide__kicker">
      <UserText>{workshop.name}</UserText>
    </p>
  );
}

function Waiting() {
  const { t } = useTranslation('workshop');
  return <p className="slide__waiting">{t('slides.waiting')}</p>;
}

function InviteSlide({ workshop, participants }: SlideProps) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  const recent = participants.slice(-RECENT).reverse();
  return (
    <div className="slide slide--invite">
      <InviteCode workshop={workshop} large />
      <div className="slide__side">
        <h1>
          {sentence((values) => t('slides.inviteTitle', values), {
            name: <UserText>{workshop.name}</UserText>,
          })}
        </h1>
        <ol className="slide__steps">
          <li>{t('slides.step1')}</li>
          <li>{t('slides.step2')}</li>
          <li>{t('slides.step3')}</li>
        </ol>
        <ArrivalCount
          count={participants.length}
          expected={workshop.expectedCount}
          className="slide__count"
        />
        {recent.length > 0 && (
          <ul className="slide__arrivals" aria-label={t('slides.recent')}>
            {recent.map((participant) => {
              const number = participants.indexOf(participant) + 1;
              return (
                <li key={participant.id}>
                  <UserText>{participant.label ?? `#${format.integer(number)}`}</UserText>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

function TotalSlide({ workshop, group, unit }: SlideProps) {
  const { t } = useTranslation(['workshop', 'instrument']);
  const format = useFormat();
  const total = group.total;
  return (
    <div className="slide slide--total">
      <Kicker workshop={workshop} />
      <h1>{t('slides.totalTitle')}</h1>
      {!total ? (
        <Waiting />
      ) : (
        <>
          <div className="slide__figures">
            <div className={`slide__big tile--${total.meanBand}`}>
              <span className="slide__big-label">{t('dashboard.groupTotal')}</span>
              <span className="slide__big-value" data-testid="group-mean">
                {format.score(meanCut(total, group.participants))}
              </span>
              <BandChip band={total.meanBand} testId="group-band" />
            </div>
            <BandCounts group={group} className="slide__bands" />
          </div>
          <GroupTotalChart
            total={total}
            participants={group.participants}
            height={Math.round(unit * 30)}
            fontSize={Math.round(unit * 2.4)}
          />
        </>
      )}
    </div>
  );
}

function SpreadSlide({ workshop, group, unit }: SlideProps) {
  const { t } = useTranslation(['workshop', 'instrument']);
  const format = useFormat();
  const name = (id: SectionId) => t(`instrument:sections.${id}.name`);
  return (
    <div className="slide slide--spread">
      <Kicker workshop={workshop} />
      <h1>{t('slides.spreadTitle')}</h1>
      {group.participants === 0 ? (
        <Waiting />
      ) : (
        <>
          <ChartFrame
            title={t('dashboard.spreadTitle')}
            description={t('slides.spreadDescription')}
            height={Math.round(unit * 56)}
          >
            <SectionSpreadChart
              rows={group.sections.map((section) => ({
                label: name(section.sectionId),
                min: section.min,
                q1: section.q1,
                median: section.median,
                q3: section.q3,
                max: section.max,
                mean: meanCut(section, group.participants),
                highlight: group.weakest.includes(section.sectionId),
              }))}
              rtl={format.rtl}
              formatNumber={format.score}
              fontSize={Math.round(unit * 2.4)}
            />
          </ChartFrame>
          <table className="visually-hidden">
            <caption>{t('dashboard.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.section')}</th>
                {(['mean', 'min', 'median', 'max'] as const).map((key) => (
                  <th scope="col" key={key}>
                    {t(`dashboard.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.sections.map((section) => (
                <tr key={section.sectionId}>
                  <th scope="row">{name(section.sectionId)}</th>
                  {(['mean', 'min', 'median', 'max'] as const).map((key) => (
                    <td key={key}>
                      {format.score(
                        key === 'mean' ? meanCut(section, group.participants) : section[key],
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function WeakestSlide({ workshop, group }: SlideProps) {
  const { t } = useTranslation(['workshop', 'instrument']);
  const format = useFormat();
  return (
    <div className="slide slide--weakest">
      <Kicker workshop={workshop} />
      <h1>{t('dashboard.weakestTitle')}</h1>
      {group.participants === 0 ? (
        <Waiting />
      ) : group.weakest.length === 0 ? (
        <p className="slide__waiting">{t('dashboard.weakestNone')}</p>
      ) : (
        <ol className="slide__weakest" data-testid="group-weakest">
          {group.weakest.map((id) => {
            const section = group.sections.find((item) => item.sectionId === id)!;
            return (
              <li key={id}>
                <span className="slide__weakest-name">{t(`instrument:sections.${id}.name`)}</span>
                <span className="slide__weakest-mean">
                  {t('slides.weakestMean', {
                    mean: format.score(meanCut(section, group.participants)),
                    min: format.score(section.min),
                    max: format.score(section.max),
                  })}
                </span>
                <span className="slide__weakest-question">
                  {t(`instrument:sections.${id}.question`)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
