// The one file input of the app: a styled, translated button ("Choose file" in the
// reader's language, instead of the browser's own English "Choose File / No file chosen")
// over a real <input type="file">, which stays focusable and keeps its label, so the
// keyboard (Enter / Space), screen readers and drag-and-drop onto the button still work.

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UserText } from './user-text';

type Props = {
  label: ReactNode;
  hint?: ReactNode;
  /** File types the dialog offers, as for <input accept>. */
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Receives the chosen files; the input is cleared so the same file can be chosen again. */
  onFiles: (files: File[]) => void;
};

export function FilePicker({ label, hint, accept, multiple = false, disabled, onFiles }: Props) {
  const { t } = useTranslation('common');
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const hintId = `${id}-hint`;
  const nameId = `${id}-chosen`;
  return (
    <div className="field file-picker">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="file-picker__control">
        <input
          id={id}
          className="file-picker__input"
          type="file"
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          aria-labelledby={`${id}-label`}
          aria-describedby={[hint ? hintId : null, nameId].filter(Boolean).join(' ')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length === 0) return;
            setChosen(files.map((file) => file.name));
            onFiles(files);
          }}
        />
        {/* A second label for the same input: clicking it opens the dialog. */}
        <label htmlFor={id} className="button file-picker__button" aria-hidden="true">
          {multiple ? t('filePicker.chooseMany') : t('filePicker.choose')}
        </label>
        <span id={nameId} className="file-picker__chosen" data-testid="file-picker-chosen">
          {chosen.length === 0 ? (
            t('filePicker.none')
          ) : chosen.length === 1 ? (
            <UserText>{chosen[0]}</UserText>
          ) : (
            t('filePicker.count', { count: chosen.length })
          )}
        </span>
      </div>
    </div>
  );
}
