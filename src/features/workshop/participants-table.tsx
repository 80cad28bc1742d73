// The workshop's participants: anonymous numbers unless a name was shared, each with
// total and band, and a button to remove one. A workshop may hold ten thousand, so the
// table shows one page at a time (TanStack Table's pagination): only that page's rows
// are scored and rendered, and the pager reaches any page in one or two presses.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { removeParticipant } from '../../db/workshops';
import { scoreAnswers } from '../../domain/scoring';
import type { WorkshopParticipant } from '../../domain/workshop';
import { useFormat } from '../../ui/use-format';
import { UserText } from '../../ui/user-text';
import { BandChip } from '../../ui/band-chip';
import { ItemBoundary } from '../../ui/item-boundary';
import { useErrorText } from '../../ui/use-error-text';

/** Rows per page: a phone scrolls through it in a few swipes. */
const PAGE_SIZE = 50;

const features = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

export function ParticipantsTable({
  participants,
}: {
  participants: readonly WorkshopParticipant[];
}) {
  const { t } = useTranslation(['workshop', 'instrument']);
  const format = useFormat();
  const errorText = useErrorText();
  const [removed, setRemoved] = useState<number>();
  const [failure, setFailure] = useState<string>();
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: PAGE_SIZE });
  // After a removal the last page may be gone: the table then shows the new last page.
  const lastPageIndex = Math.max(0, Math.ceil(participants.length / PAGE_SIZE) - 1);
  const table = useTable({
    features,
    columns: [],
    data: participants as WorkshopParticipant[],
    getRowId: (participant) => participant.id,
    state: {
      pagination: { ...pagination, pageIndex: Math.min(pagination.pageIndex, lastPageIndex) },
    },
    onPaginationChange: setPagination,
    autoResetPageIndex: false,
  });
  if (participants.length === 0) return null;

  const rows = table.getRowModel().rows;
  const first = (rows[0]?.index ?? 0) + 1;
  const last = (rows.at(-1)?.index ?? 0) + 1;

  return (
    <section aria-labelledby="participants-title" className="participants">
      <h2 id="participants-title">{t('participants.title')}</h2>
      <p role="status" className="status-line">
        {removed !== undefined && t('participants.removed', { number: format.integer(removed) })}
      </p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
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
            {rows.map(({ original: participant, index }) => (
              <ItemBoundary key={participant.id} as={{ colSpan: 6 }}>
                {() => {
                  const number = index + 1;
                  const score = scoreAnswers(participant.answers);
                  return (
                    <tr>
                      <td className="num">{format.integer(number)}</td>
                      <th scope="row">
                        {participant.label !== null ? (
                          <UserText>{participant.label}</UserText>
                        ) : (
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
                          aria-label={t('participants.removeLabel', {
                            number: format.integer(number),
                          })}
                          onClick={() => {
                            setFailure(undefined);
                            removeParticipant(participant).then(
                              () => setRemoved(number),
                              (error: unknown) =>
                                setFailure(
                                  t('participants.removeFailed', {
                                    number: format.integer(number),
                                    reason: errorText(error),
                                  }),
                                ),
                            );
                          }}
                        >
                          {t('participants.remove')}
                        </button>
                      </td>
                    </tr>
                  );
                }}
              </ItemBoundary>
            ))}
          </tbody>
        </table>
      </div>
      {table.getPageCount() > 1 && (
        <nav
          className="pager"
          aria-label={t('participants.pages')}
          data-testid="participants-pager"
        >
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.firstPage()}
          >
            {t('participants.firstPage')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            {t('participants.previousPage')}
          </button>
          <span className="pager__where" aria-live="polite" data-testid="participants-range">
            {t('participants.range', {
              first: format.integer(first),
              last: format.integer(last),
              total: format.integer(participants.length),
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanNextPage()}
            onClick={() => table.nextPage()}
          >
            {t('participants.nextPage')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!table.getCanNextPage()}
            onClick={() => table.lastPage()}
          >
            {t('participants.lastPage')}
          </button>
        </nav>
      )}
    </section>
  );
}
