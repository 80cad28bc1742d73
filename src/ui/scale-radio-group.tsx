// One statement answered on the 1–5 scale: native radio inputs, so arrow keys, Space
// and screen readers work as users expect; each option is a large tap target.

import type { AnswerValue } from '../domain/instrument';
import { ANSWER_VALUES } from '../domain/instrument';

type Props = {
  name: string;
  legend: string;
  number: string;
  value: AnswerValue | undefined;
  labels: Record<AnswerValue, string>;
  formatValue: (value: number) => string;
  onChange: (value: AnswerValue) => void;
  status?: 'unsaved' | undefined;
  statusText?: string | undefined;
};

export function ScaleRadioGroup({
  name,
  legend,
  number,
  value,
  labels,
  formatValue,
  onChange,
  status,
  statusText,
}: Props) {
  return (
    <fieldset className="scale" data-item={name} data-answered={value !== undefined}>
      <legend>
        <span className="scale__number">{number}</span>
        <span className="scale__statement">{legend}</span>
      </legend>
      <div className="scale__options">
        {ANSWER_VALUES.map((option) => (
          <label key={option} className="scale__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span className="scale__value" aria-hidden="true">
              {formatValue(option)}
            </span>
            <span className="scale__label">{labels[option]}</span>
          </label>
        ))}
      </div>
      {status === 'unsaved' && statusText && (
        <p className="scale__status" role="alert">
          {statusText}
        </p>
      )}
    </fieldset>
  );
}
