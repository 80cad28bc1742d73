// The workshop's participants: anonymous numbers unless a name was shared, each with
// total and band, and a button to remove one.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeParticipant } from '../../db/workshops';
import { scoreAnswers } from '../../domain/scoring';
import type { WorkshopParticipant } from '../../domain/workshop';
import { useFormat } from '../../ui/use-format';
import { BandChip } from '../../ui/band-chip';

export function ParticipantsTable({
  participants,
}: {
  participants: readonly WorkshopParticipant[];
}) {
  const { t } = useTranslation(['workshop', 'instrument']);
  const format = useFormat();
  const [removed, setRemoved] = useState<number>();
  if (participants.length === 0) return null;
  return (
    <section aria-labelledby="participants-title" className="participants">
      <h2 id="participants-title">{t('participants.title')}</h2>
      <p role="status" className="status-line">
        {removed !== undefined && t('participants.removed', { number: format.integer(removed) })}
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="participants-table">
          <caption className="visually-hidden">{t('participants.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('participants.number')}
              </th>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col" className="num">
                {t('participants.total')}
              </th>
              <th scope="col">{t('participants.band')}</th>
              <th scope="col">{t('participants.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('participants.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => {
              const score = scoreAnswers(participant.answers);
              const number = index + 1;
              return (
                <tr key={participant.id}>
                  <td className="num">{format.integer(number)}</td>
                  <th scope="row">
                    {participant.label ?? (
                      <span className="muted">{t('participants.anonymous')}</span>
                    )}
                  </th>
                  <td className="num">
                    {score.total === undefined ? '–' : format.score(score.total)}
                  </td>
                  <td>{score.band && <BandChip band={score.band} />}</td>
                  <td>{t(`participants.sources.${participant.source}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t('participants.removeLabel', { number: format.integer(number) })}
                      onClick={() => {
                        void removeParticipant(participant.id).then(() => setRemoved(number));
                      }}
                    >
                      {t('participants.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
