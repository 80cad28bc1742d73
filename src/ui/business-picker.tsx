// Choose the business a screen works on: one of the businesses this device knows (from
// assessments and records; the caller passes them, most recent first), or type a new
// name. Names are matched by the same-business rule, so "corner bakery" picks the known
// "Corner Bakery". Shared by the complaint log and the service policy.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { businessKey } from '../domain/compare';

export const MAX_BUSINESS_NAME_LENGTH = 120;
const NEW = '\u0000new';

type Props = {
  /** Known business names, in the order to offer them. */
  businesses: readonly string[];
  /** The chosen business, or '' when none is chosen yet. */
  value: string;
  onChange: (name: string) => void;
  /** Overrides the default label ("Business"). */
  label?: string;
  hint?: string;
};

export function BusinessPicker({ businesses, value, onChange, label, hint }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const known = businesses.filter((name) => name.trim() !== '');
  const chosenKey = businessKey(value);
  const options =
    value.trim() && !known.some((name) => businessKey(name) === chosenKey)
      ? [value.trim(), ...known]
      : known;
  const typing = adding || options.length === 0;

  const confirmName = () => {
    const name = draft.trim();
    if (!name) return setError(t('businessPicker.missing'));
    if (name.length > MAX_BUSINESS_NAME_LENGTH)
      return setError(t('businessPicker.tooLong', { max: MAX_BUSINESS_NAME_LENGTH }));
    setError(null);
    setAdding(false);
    setDraft('');
    // A typed name that is a known business (in other case or spacing) picks that one.
    onChange(known.find((other) => businessKey(other) === businessKey(name)) ?? name);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    confirmName();
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="business-picker">
      {!typing ? (
        <div className="field">
          <label htmlFor={id}>{label ?? t('businessPicker.label')}</label>
          {hint && (
            <p className="field__hint" id={hintId}>
              {hint}
            </p>
          )}
          <select
            id={id}
            value={options.find((name) => businessKey(name) === chosenKey) ?? (value ? value : '')}
            aria-describedby={describedBy}
            onChange={(event) => {
              if (event.target.value === NEW) {
                setAdding(true);
                // The text field replaces the list: move focus there.
                requestAnimationFrame(() => input.current?.focus());
              } else onChange(event.target.value);
            }}
          >
            {!value && <option value="">{t('businessPicker.choose')}</option>}
            {options.map((name) => (
              <option key={businessKey(name)} value={name}>
                {name}
              </option>
            ))}
            <option value={NEW}>{t('businessPicker.another')}</option>
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-new`}>{t('businessPicker.newName')}</label>
          {hint && (
            <p className="field__hint" id={hintId}>
              {hint}
            </p>
          )}
          <div className="business-picker__new">
            <input
              ref={input}
              id={`${id}-new`}
              type="text"
              dir="auto"
              autoComplete="organization"
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <button type="button" className="button" onClick={confirmName}>
              {t('businessPicker.use')}
            </button>
            {options.length > 0 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setAdding(false);
                  setError(null);
                }}
              >
                {t('businessPicker.cancel')}
              </button>
            )}
          </div>
          {error && (
            <p className="field__error" id={errorId}>
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
