// The policies (/policy): start or open the policy of a business, and the list of
// policies with delete and undo. `?business=&context=` prefill the business (links from
// the action plan); `&goal=<assessment>:<goal>` opens that business's policy at once, on
// the standards step, to turn the goal into a standard.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  deletePolicy,
  openPolicyFor,
  restorePolicy,
  usePolicies,
  usePolicyVersions,
  type DeletedPolicy,
} from '../../db/policies';
import type { BusinessFields } from '../../domain/business';
import type { Policy } from '../../domain/policy';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { StartPolicyForm } from './start-policy-form';
import { useSaveAction } from './use-save-action';
import './policy.css';
import { isolate, TextParts } from '../../ui/user-text';

function PolicyItem({ policy, onDelete }: { policy: Policy; onDelete: (policy: Policy) => void }) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const versions = usePolicyVersions(policy.id);
  return (
    <li className="policy-list__item">
      <div>
        <h3 className="policy-list__name">
          <Link to={`/policy/${policy.id}`}>
            <TextParts parts={[policy.businessName, policy.context]} />
          </Link>
        </h3>
        <p className="muted policy-list__meta">
          {t('list.changed', { date: format.date(policy.updatedAt) })}
          {versions && <> · {t('list.versions', { count: versions.length })}</>}
        </p>
      </div>
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => onDelete(policy)}
      >
        {t('list.delete')}
        <span className="visually-hidden">
          {' '}
          <TextParts parts={[policy.businessName, policy.context]} />
        </span>
      </button>
    </li>
  );
}

export function PoliciesPage() {
  const { t } = useTranslation(['policy', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const policies = usePolicies();
  const [error, setError] = useState<string | null>(null);
  const { reasonOf } = useSaveAction();
  const [deleted, setDeleted] = useState<DeletedPolicy | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const businessName = params.get('business') ?? '';
  const context = params.get('context') ?? '';
  const goal = params.get('goal');

  // Coming from a goal in the action plan: open the business's policy on its standards.
  useEffect(() => {
    if (!goal || !businessName.trim()) return;
    let cancelled = false;
    openPolicyFor({ businessName, context }).then(
      ({ id }) => {
        if (!cancelled)
          void navigate(`/policy/${id}/standards?goal=${encodeURIComponent(goal)}`, {
            replace: true,
          });
      },
      (reason: unknown) => setError(reasonOf(reason)),
    );
    return () => {
      cancelled = true;
    };
  }, [goal, businessName, context, navigate, reasonOf]);

  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const onOpen = async (business: BusinessFields) => {
    setError(null);
    try {
      const { id } = await openPolicyFor(business);
      await navigate(`/policy/${id}`);
    } catch (reason) {
      setError(reasonOf(reason));
    }
  };

  const onDelete = async (policy: Policy) => {
    if (!window.confirm(t('list.confirmDelete', { name: isolate(policy.businessName) }))) return;
    setError(null);
    try {
      setDeleted(await deletePolicy(policy.id));
    } catch (reason) {
      setError(reasonOf(reason));
    }
  };

  const onUndo = async () => {
    if (!deleted) return;
    try {
      await restorePolicy(deleted);
      setDeleted(null);
    } catch (reason) {
      setError(reasonOf(reason));
    }
  };

  return (
    <div className="page policies">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div role="status" className="policies__status">
        {deleted && (
          <p className="notice">
            {t('list.deleted', { name: isolate(deleted.policy.businessName) })}{' '}
            <button
              ref={undoButton}
              type="button"
              className="button button--small"
              onClick={() => void onUndo()}
            >
              {t('list.undo')}
            </button>
          </p>
        )}
      </div>

      <div className="policies__grid">
        <StartPolicyForm initial={{ businessName, context }} onOpen={onOpen} />

        <section aria-labelledby="policy-list-title">
          <h2 id="policy-list-title">{t('list.title')}</h2>
          {policies === undefined ? (
            <p className="muted">{t('common:app.loading')}</p>
          ) : policies.length === 0 ? (
            <p className="muted">{t('list.empty')}</p>
          ) : (
            <ul className="policy-list">
              {policies.map((policy) => (
                <PolicyItem key={policy.id} policy={policy} onDelete={(p) => void onDelete(p)} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
