// The one workshop-name field, for every form that names a workshop (create one, rename
// one, create one while adding a shared result): react-hook-form, validated by the
// domain's workshopNameSchema (trimmed, 1–200 characters), so the rule lives once.

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod/mini';
import { workshopNameSchema } from '../domain/workshop';

const workshopNameFormSchema = z.object({ name: workshopNameSchema });
type WorkshopNameInput = z.input<typeof workshopNameFormSchema>;
type WorkshopNameOutput = z.output<typeof workshopNameFormSchema>;
type WorkshopNameForm = UseFormReturn<WorkshopNameInput, unknown, WorkshopNameOutput>;

/** A form holding one workshop name; handleSubmit gives the name trimmed and checked. */
export function useWorkshopNameForm(name = ''): WorkshopNameForm {
  return useForm<WorkshopNameInput, unknown, WorkshopNameOutput>({
    resolver: zodResolver(workshopNameFormSchema),
    defaultValues: { name },
  });
}

type Props = {
  form: WorkshopNameForm;
  label: string;
  /**
   * The sentence shown when the name is refused (empty, too long). A save that failed
   * for another reason sets its own message (setError('name', { type: 'save', message })).
   */
  error: string;
  hint?: ReactNode;
  /** Stops typing at this length (the schema refuses longer names either way). */
  maxLength?: number;
};

export function WorkshopNameField({ form, label, error, hint, maxLength }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const fieldError = form.formState.errors.name;
  const invalid = fieldError !== undefined;
  const shown = fieldError?.type === 'save' && fieldError.message ? fieldError.message : error;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        maxLength={maxLength}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        {...form.register('name')}
      />
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="field__error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
