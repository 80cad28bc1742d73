// A date chosen in the reader's own calendar — the Solar Hijri calendar in Persian, the
// Gregorian one elsewhere — as day, month and year lists in the order the language
// writes them, with the whole date read back underneath. The value is always an ISO
// (Gregorian) date, YYYY-MM-DD; calendar arithmetic comes from @internationalized/date.
// Native selects keep it keyboard- and screen-reader-friendly and give phones their own
// wheel pickers. This module is only imported by lazily loaded screens.

import {
  CalendarDate,
  GregorianCalendar,
  PersianCalendar,
  parseDate,
  toCalendar,
  type Calendar,
} from '@internationalized/date';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarOf } from '../i18n/languages';

/**
 * What the field reports while only some of day, month and year are chosen.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const INCOMPLETE_DATE = 'incomplete';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const YEARS_AHEAD = 10;

type Parts = { year: number | null; month: number | null; day: number | null };
type Segment = 'day' | 'month' | 'year';

function calendarFor(language: string): Calendar {
  return calendarOf(language) === 'persian' ? new PersianCalendar() : new GregorianCalendar();
}

function partsOf(iso: string, calendar: Calendar): Parts | null {
  if (!ISO.test(iso)) return null;
  try {
    const date = toCalendar(parseDate(iso), calendar);
    return { year: date.year, month: date.month, day: date.day };
  } catch {
    return null;
  }
}

function isoOf(parts: Parts, calendar: Calendar): string {
  if (parts.year === null && parts.month === null && parts.day === null) return '';
  if (parts.year === null || parts.month === null || parts.day === null) return INCOMPLETE_DATE;
  const date = new CalendarDate(calendar, parts.year, parts.month, parts.day);
  return toCalendar(date, new GregorianCalendar()).toString();
}

/** Noon UTC of a calendar date, for Intl formatting with timeZone UTC. */
function instantOf(date: CalendarDate): Date {
  const gregorian = toCalendar(date, new GregorianCalendar());
  return new Date(Date.UTC(gregorian.year, gregorian.month - 1, gregorian.day, 12));
}

function segmentOrder(language: string): Segment[] {
  const parts = new Intl.DateTimeFormat(language, {
    calendar: calendarOf(language),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2027, 2, 1, 12)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is Segment => type === 'day' || type === 'month' || type === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

type Props = {
  /** Given to the first list, so a label or an error summary can point at the field. */
  id: string;
  legend: ReactNode;
  /** YYYY-MM-DD, '' for no date, or INCOMPLETE_DATE. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The earliest date offered; the year list starts at its year (today when absent). */
  min?: string;
  /** When false, every list has an empty choice and the date may be left out. */
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** For react-hook-form's focus management: the first list. */
  inputRef?: Ref<HTMLSelectElement>;
};

export function DateField({
  id,
  legend,
  value,
  onChange,
  onBlur,
  min,
  required = true,
  invalid,
  describedBy,
  inputRef,
}: Props) {
  const { t, i18n } = useTranslation('common');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const calendar = calendarFor(language);
  const calendarName = calendarOf(language);
  const fromValue = partsOf(value, calendar);
  const [parts, setParts] = useState<Parts>(fromValue ?? { year: null, month: null, day: null });
  // A new date from outside (a reset form, another language's calendar) replaces what
  // is shown; an incomplete choice of our own is kept.
  const [seen, setSeen] = useState({ value, calendarName });
  if (seen.value !== value || seen.calendarName !== calendarName) {
    setSeen({ value, calendarName });
    if (fromValue) setParts(fromValue);
    else if (value === '') setParts({ year: null, month: null, day: null });
  }

  const number = new Intl.NumberFormat(language, { useGrouping: false });
  const monthName = new Intl.DateTimeFormat(language, {
    calendar: calendarName,
    month: 'long',
    timeZone: 'UTC',
  });
  const referenceYear = parts.year ?? partsOf(min ?? '', calendar)?.year ?? 2000;
  const sample = new CalendarDate(calendar, referenceYear, 1, 1);
  const monthsInYear = calendar.getMonthsInYear(sample);
  const daysInMonth =
    parts.month === null
      ? 31
      : calendar.getDaysInMonth(new CalendarDate(calendar, referenceYear, parts.month, 1));

  const today = new Date();
  const firstYear =
    partsOf(min ?? '', calendar)?.year ??
    toCalendar(
      new CalendarDate(today.getFullYear(), today.getMonth() + 1, today.getDate()),
      calendar,
    ).year;
  const years = Array.from({ length: YEARS_AHEAD + 1 }, (_, index) => firstYear + index);
  if (parts.year !== null && !years.includes(parts.year)) {
    years.push(parts.year);
    years.sort((a, b) => a - b);
  }

  const options: Record<Segment, { value: number; label: string }[]> = {
    day: Array.from({ length: daysInMonth }, (_, index) => ({
      value: index + 1,
      label: number.format(index + 1),
    })),
    month: Array.from({ length: monthsInYear }, (_, index) => ({
      value: index + 1,
      label: monthName.format(instantOf(new CalendarDate(calendar, referenceYear, index + 1, 1))),
    })),
    year: years.map((year) => ({ value: year, label: number.format(year) })),
  };

  const change = (segment: Segment, raw: string) => {
    const next: Parts = { ...parts, [segment]: raw === '' ? null : Number(raw) };
    // A shorter month keeps the day inside it (31 → 30, or 29 in a short Esfand).
    if (next.year !== null && next.month !== null && next.day !== null) {
      const limit = calendar.getDaysInMonth(new CalendarDate(calendar, next.year, next.month, 1));
      next.day = Math.min(next.day, limit);
    }
    setParts(next);
    onChange(isoOf(next, calendar));
  };

  const complete = parts.year !== null && parts.month !== null && parts.day !== null;
  const readback = complete
    ? new Intl.DateTimeFormat(language, {
        calendar: calendarName,
        // Spelled out rather than dateStyle 'full', whose Persian pattern in some ICU
        // versions puts the year first.
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(instantOf(new CalendarDate(calendar, parts.year!, parts.month!, parts.day!)))
    : '';
  const readbackId = `${id}-readback`;
  const order = segmentOrder(language);

  return (
    <fieldset
      className="date-field"
      aria-describedby={
        [describedBy, readback ? readbackId : null].filter(Boolean).join(' ') || undefined
      }
      data-testid="date-field"
      data-calendar={calendarName}
    >
      <legend>{legend}</legend>
      <div className="date-field__parts">
        {order.map((segment, index) => {
          const selectId = index === 0 ? id : `${id}-${segment}`;
          return (
            <div key={segment} className={`date-field__part date-field__part--${segment}`}>
              <label htmlFor={selectId}>{t(`dateField.${segment}`)}</label>
              <select
                id={selectId}
                ref={index === 0 ? inputRef : undefined}
                value={parts[segment] ?? ''}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(event) => change(segment, event.target.value)}
                onBlur={onBlur}
                data-segment={segment}
              >
                {(!required || parts[segment] === null) && (
                  <option value="">{t('dateField.empty')}</option>
                )}
                {options[segment].map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {readback && (
        <p id={readbackId} className="field__hint date-field__readback">
          {readback}
        </p>
      )}
    </fieldset>
  );
}
