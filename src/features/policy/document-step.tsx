// The document step: the policy as it prints (one or two pages, in the language in use),
// printing (the browser's "Save as PDF"), and keeping the draft as a numbered, dated
// version to compare after the next audit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { savePolicyVersion, usePolicyVersions } from '../../db/policies';
import { MAX_VERSION_NOTE, type Policy } from '../../domain/policy';
import { hasChanges } from '../../domain/policy-diff';
import { useFormat } from '../../ui/use-format';
import { PolicyDocument } from './policy-document';
import type { AuditEvidence } from './use-audit-evidence';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';

type Props = { policy: Policy; evidence: AuditEvidence | null | undefined };

export function DocumentStep({ policy, evidence }: Props) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const versions = usePolicyVersions(policy.id);
  const [note, setNote] = useState('');
  const save = useSaveAction();
  const [saving, setSaving] = useState(false);
  if (versions === undefined) return null;

  const last = versions.at(-1);
  const changed = hasChanges(last?.content, policy.content);
  const documentStatus = !last
    ? t('document.draftNeverSaved')
    : changed
      ? t('document.draftChanged', {
          number: format.integer(last.number),
          date: format.date(last.savedAt),
        })
      : t('document.isVersion', {
          number: format.integer(last.number),
          date: format.date(last.savedAt),
        });
  const nextNumber = (last?.number ?? 0) + 1;
  const auditLine = evidence
    ? t('document.basedOnAudit', {
        date: format.date(evidence.assessment.completedAt ?? evidence.assessment.updatedAt),
        total: format.score(evidence.total),
      })
    : undefined;

  const onSave = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await save.run(
      async () => {
        await savePolicyVersion(policy.id, note);
        setNote('');
      },
      t('document.savedVersion', { number: format.integer(nextNumber) }),
    );
    setSaving(false);
  };

  return (
    <div className="policy-step document-step">
      <div className="policy-toolbar">
        <h2 className="policy-toolbar__title">{t('document.title')}</h2>
        <p>{t('document.intro')}</p>
        <div className="policy-toolbar__row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('document.print')}
          </button>
          <p className="field__hint">{t('document.printHint')}</p>
        </div>
        <form className="policy-version-form" onSubmit={(event) => void onSave(event)} noValidate>
          <h3>{t('document.saveTitle')}</h3>
          <div className="field">
            <label htmlFor="version-note">{t('document.note')}</label>
            <p className="field__hint" id="version-note-hint">
              {t('document.noteHint')}
            </p>
            <input
              id="version-note"
              type="text"
              dir="auto"
              maxLength={MAX_VERSION_NOTE}
              aria-describedby="version-note-hint"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="policy-toolbar__row">
            <button type="submit" className="button" disabled={saving || !changed}>
              {t('document.saveVersion', { number: format.integer(nextNumber) })}
            </button>
            {!changed && last && (
              <p className="field__hint">
                {t('document.unchanged', { number: format.integer(last.number) })}
              </p>
            )}
            <Link to={`/policy/${policy.id}/versions`}>{t('document.versionsLink')}</Link>
          </div>
          <SaveFeedback error={save.error} status={save.status} />
        </form>
      </div>

      <PolicyDocument
        businessName={policy.businessName}
        content={policy.content}
        status={documentStatus}
        auditLine={auditLine}
      />
    </div>
  );
}
