import { type IsoDate, parseVietnameseDate } from '@niemyet/core';
import { type ReactNode, useId } from 'react';

/**
 * The fields of the review dialogs: a label tied to its control, a hint and an error the
 * control is described by, so a screen reader says why a field is refused.
 */

export function TextAreaField({
  label,
  value,
  onChange,
  error,
  required,
  autoFocus,
  testId,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  required?: boolean;
  autoFocus?: boolean;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-autofocus={autoFocus ? true : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  autoFocus,
  testId,
  inputMode,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string | null;
  autoFocus?: boolean;
  testId?: string;
  inputMode?: 'numeric' | 'text';
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        placeholder={hint}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-autofocus={autoFocus ? true : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="visually-hidden">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string | null }): ReactNode {
  if (!error) return null;
  return (
    <p id={id} className="error" role="alert">
      {error}
    </p>
  );
}

/**
 * A date typed the Vietnamese way (dd/mm/yyyy, as AsOfField): the text as typed, read when the
 * form is sent. `required` empty text is an error; anything unreadable is an error that quotes it.
 */
export type DateReading = { ok: true; date: IsoDate | null } | { ok: false; reason: 'required' | 'invalid' };

export function readDate(typed: string, required: boolean): DateReading {
  const text = typed.trim();
  if (text === '') return required ? { ok: false, reason: 'required' } : { ok: true, date: null };
  const date = parseVietnameseDate(text);
  return date === null ? { ok: false, reason: 'invalid' } : { ok: true, date };
}
