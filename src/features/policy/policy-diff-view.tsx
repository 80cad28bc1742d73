// What changed between two versions of a policy, section by section: vision fields and
// area answers before and after, standards and rules added, removed or changed (with the
// fields that changed), and the staff card.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListDiff, PolicyDiff, TextChange } from '../../domain/policy-diff';

function Text({ value }: { value: string }) {
  const { t } = useTranslation('policy');
  return value.trim() ? (
    <span dir="auto" className="diff-text">
      {value}
    </span>
  ) : (
    <span className="muted">{t('versions.emptyValue')}</span>
  );
}

/** A text before and after a change, side by side where there is room. */
function BeforeAfter({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('policy');
  return (
    <dl className="diff-pair">
      <div className="diff-before">
        <dt>{t('versions.before')}</dt>
        <dd>
          <Text value={before} />
        </dd>
      </div>
      <div className="diff-after">
        <dt>{t('versions.after')}</dt>
        <dd>
          <Text value={after} />
        </dd>
      </div>
    </dl>
  );
}

function Changes<F extends string>({
  title,
  changes,
  label,
}: {
  title: string;
  changes: TextChange<F>[];
  label: (field: F) => string;
}) {
  if (changes.length === 0) return null;
  return (
    <section className="diff-group">
      <h3>{title}</h3>
      <ul className="diff-list">
        {changes.map((change) => (
          <li key={change.field}>
            <p className="diff-field">{label(change.field)}</p>
            <BeforeAfter before={change.before} after={change.after} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ListChanges<T extends { id: string; text: string }, F extends string>({
  title,
  list,
}: {
  title: string;
  list: ListDiff<T, F>;
}) {
  const { t } = useTranslation('policy');
  const format = (fields: F[]) =>
    fields.map((field) => t(`versions.fields.${field}` as 'versions.fields.text')).join(', ');
  const rows: ReactNode[] = [
    ...list.added.map((item) => (
      <li key={`added-${item.id}`} className="diff-added">
        <span className="diff-tag">{t('versions.added')}</span> <Text value={item.text} />
      </li>
    )),
    ...list.removed.map((item) => (
      <li key={`removed-${item.id}`} className="diff-removed">
        <span className="diff-tag">{t('versions.removed')}</span> <Text value={item.text} />
      </li>
    )),
    ...list.changed.map(({ before, after, fields }) => (
      <li key={`changed-${after.id}`} className="diff-changed">
        <span className="diff-tag">{t('versions.changed')}</span> <Text value={after.text} />
        <p className="muted">{t('versions.changedFields', { fields: format(fields) })}</p>
        {fields.includes('text' as F) && <BeforeAfter before={before.text} after={after.text} />}
      </li>
    )),
  ];
  if (rows.length === 0) return null;
  return (
    <section className="diff-group">
      <h3>{title}</h3>
      <ul className="diff-list">{rows}</ul>
    </section>
  );
}

export function PolicyDiffView({ diff }: { diff: PolicyDiff }) {
  const { t } = useTranslation('policy');
  if (diff.same)
    return (
      <p className="notice" data-testid="policy-diff">
        {t('versions.noChanges')}
      </p>
    );
  return (
    <div className="policy-diff" data-testid="policy-diff">
      <Changes
        title={t('document.vision')}
        changes={diff.vision}
        label={(field) =>
          field === 'statement' ? t('vision.statement') : t(`vision.prompts.${field}`)
        }
      />
      <ListChanges title={t('document.standards')} list={diff.standards} />
      <Changes
        title={t('document.areas')}
        changes={diff.areas}
        label={(area) => t(`areas.names.${area}`)}
      />
      <ListChanges title={t('rules.title')} list={diff.rules} />
      <Changes
        title={t('staff.title')}
        changes={diff.staffCard}
        label={(field) => t(`versions.staffCardFields.${field}`)}
      />
    </div>
  );
}
