// Choose the business a screen works on: one of the businesses this device knows (from
// assessments and records; the caller passes them, most recent first), or type a new
// name. A business is its name and context, matched by the one same-business rule
// (domain/business.ts), so typing "corner bakery" picks the known "Corner Bakery".
// Shared by the complaint log and the service policy.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { businessKey, type BusinessFields } from '../domain/business';
import { isolate, useSeparator } from './user-text';

const MAX_BUSINESS_NAME_LENGTH = 120;
const NEW = '\u0000new';

type Props = {
  /** Known businesses, in the order to offer them. */
  businesses: readonly BusinessFields[];
  /** The chosen business, or null when none is chosen yet. */
  value: BusinessFields | null;
  onChange: (business: BusinessFields) => void;
  /** Overrides the default label ("Business"). */
  label?: string;
  hint?: string;
};

/** How a business reads in a list: its name, and its context after a separator. */
export function businessText(business: BusinessFields, separator: string): string {
  const name = business.businessName.trim();
  const context = business.context.trim();
  return context ? `${isolate(name)}${separator}${isolate(context)}` : isolate(name);
}

export function BusinessPicker({ businesses, value, onChange, label, hint }: Props) {
  const { t } = useTranslation();
  const separator = useSeparator();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const keyOf = (business: BusinessFields) => businessKey(business) ?? '';
  const known = businesses.filter((business) => businessKey(business) !== null);
  const chosenKey = value ? keyOf(value) : '';
  const options =
    value && chosenKey && !known.some((business) => keyOf(business) === chosenKey)
      ? [value, ...known]
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
    const typed: BusinessFields = { businessName: name, context: '' };
    // A typed name that is a known business (in other case or spacing) picks that one.
    onChange(known.find((business) => keyOf(business) === keyOf(typed)) ?? typed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    confirmName();
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const hintText = hint ? (
    <p className="field__hint" id={hintId}>
      {hint}
    </p>
  ) : null;

  if (!typing)
    return (
      <div className="business-picker field">
        <label htmlFor={id}>{label ?? t('businessPicker.label')}</label>
        {hintText}
        <select
          id={id}
          value={chosenKey}
          aria-describedby={describedBy}
          onChange={(event) => {
            if (event.target.value === NEW) {
              setAdding(true);
              // The text field replaces the list: move focus there.
              requestAnimationFrame(() => input.current?.focus());
              return;
            }
            const chosen = options.find((business) => keyOf(business) === event.target.value);
            if (chosen) onChange(chosen);
          }}
        >
          {!value && <option value="">{t('businessPicker.choose')}</option>}
          {options.map((business) => (
            <option key={keyOf(business)} value={keyOf(business)}>
              {businessText(business, separator)}
            </option>
          ))}
          <option value={NEW}>{t('businessPicker.another')}</option>
        </select>
      </div>
    );

  return (
    <div className="business-picker field">
      <label htmlFor={`${id}-new`}>{t('businessPicker.newName')}</label>
      {hintText}
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
  );
}
