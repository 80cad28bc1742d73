// The workshop's invite (issue 11): a QR code and a short address participants open on
// their phones. Both use this page's own origin, so the invite works wherever the app is
// served; the tag and the name travel in the fragment only. On the workshop page it also
// copies the link and takes the number of participants expected.

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setExpectedCount } from '../../db/workshops';
import { parseLocaleNumber } from '../../domain/locale-number';
import type { Workshop } from '../../domain/workshop';
import { inviteAddress, inviteLink } from '../../domain/workshop-invite';
import { isolate } from '../../ui/user-text';
import { QrImage } from '../../ui/qr-image';
import { useFormat } from '../../ui/use-format';

type Props = { workshop: Workshop; large?: boolean };

/** The invite's QR code and short address; empty until the workshop has its tag. */
export function InviteCode({ workshop, large = false }: Props) {
  const { t } = useTranslation('workshop');
  if (!workshop.tag) return <div className="invite__qr" aria-hidden="true" />;
  const origin = window.location.origin;
  const link = inviteLink(origin, { tag: workshop.tag, name: workshop.name });
  return (
    <div className={large ? 'invite invite--large' : 'invite'}>
      <QrImage
        text={link}
        alt={t('invite.qrAlt', { name: isolate(workshop.name) })}
        className="invite__qr"
        testId="invite-qr"
        fallback={<p className="notice notice--warning">{t('invite.qrFailed')}</p>}
      />
      <p className="invite__address-label">{t('invite.orType')}</p>
      <p className="invite__address" dir="ltr" data-testid="invite-address">
        {inviteAddress(origin, workshop.tag)}
      </p>
    </div>
  );
}

export function InvitePanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    if (!workshop.tag) return;
    try {
      const link = inviteLink(window.location.origin, { tag: workshop.tag, name: workshop.name });
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="card invite-card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <div className="invite-card__grid">
        <InviteCode workshop={workshop} />
        <div>
          <p>{t('invite.intro')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={!workshop.tag}
              onClick={() => void copy()}
            >
              {t('invite.copy')}
            </button>
          </div>
          <p className="status-line" role="status">
            {copied === 'copied' && t('invite.copied')}
            {copied === 'failed' && t('invite.copyFailed')}
          </p>
          <ExpectedCountForm workshop={workshop} />
        </div>
      </div>
    </section>
  );
}

function ExpectedCountForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['workshop', 'common']);
  const format = useFormat();
  const [text, setText] = useState(
    workshop.expectedCount ? format.integer(workshop.expectedCount) : '',
  );
  const [state, setState] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const inputId = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    const value = trimmed ? parseLocaleNumber(trimmed, format.language) : null;
    if (trimmed && (value === null || !Number.isInteger(value) || value < 1 || value > 10_000)) {
      setState('invalid');
      return;
    }
    try {
      await setExpectedCount(workshop.id, value);
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="expected-form" onSubmit={(event) => void save(event)} noValidate>
      <div className="field">
        <label htmlFor={inputId}>
          {t('invite.expectedLabel')}{' '}
          <span className="field__optional">({t('common:home.optional')})</span>
        </label>
        <p className="field__hint" id={`${inputId}-hint`}>
          {t('invite.expectedHint')}
        </p>
        <div className="expected-form__row">
          <input
            id={inputId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={state === 'invalid' || undefined}
            aria-describedby={`${inputId}-hint${state === 'invalid' ? ` ${inputId}-error` : ''}`}
            onChange={(event) => {
              setText(event.target.value);
              setState('idle');
            }}
          />
          <button type="submit" className="button">
            {t('invite.expectedSave')}
          </button>
        </div>
        {state === 'invalid' && (
          <p className="field__error" id={`${inputId}-error`}>
            {t('invite.expectedInvalid')}
          </p>
        )}
      </div>
      <p className="status-line" role="status">
        {state === 'saved' && t('invite.expectedSaved')}
        {state === 'failed' && t('invite.expectedFailed')}
      </p>
    </form>
  );
}
