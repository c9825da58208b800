import { formatVietnameseDate, type IsoDate, parseVietnameseDate } from '@niemyet/core';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { sameValue } from './draft-content';

/**
 * The editor's small inputs. Lists and dates keep the text being typed in the field and hand
 * on what it means, so "a, " or "31/1" is not rewritten under the cursor.
 */

export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  testId,
}: {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  multiline?: boolean;
  testId?: string;
}) {
  const id = useId();
  const change = (text: string) => onChange(text.trim() === '' ? null : text);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          data-testid={testId}
          rows={3}
          value={value ?? ''}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input id={id} data-testid={testId} value={value ?? ''} onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}

function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One entry per line. */
export function LinesField({
  label,
  value,
  onChange,
  hint,
  testId,
}: {
  label: string;
  value: readonly string[];
  onChange(value: string[]): void;
  hint?: string;
  testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(() => value.join('\n'));
  useEffect(() => {
    setText((current) => (sameValue(parseLines(current), value) ? current : value.join('\n')));
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-testid={testId}
        rows={Math.max(2, Math.min(8, value.length + 1))}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseLines(event.target.value);
          if (!sameValue(next, value)) onChange(next);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A date typed dd/mm/yyyy (as the catalogue's date field); empty means none. Applies on Enter or leaving. */
export function DateField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: IsoDate | null;
  onChange(date: IsoDate | null): void;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const shown = value === null ? '' : formatVietnameseDate(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setInvalid(null);
  }, [shown]);
  const commit = () => {
    const typed = text.trim();
    if (typed === '') {
      setInvalid(null);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parseVietnameseDate(typed);
    if (parsed === null) {
      setInvalid(typed);
      return;
    }
    setInvalid(null);
    if (parsed !== value) onChange(parsed);
    else setText(formatVietnameseDate(parsed));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={testId}
        inputMode="numeric"
        placeholder={t.decisionEditor.date.hint}
        value={text}
        aria-invalid={invalid !== null}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {invalid !== null && (
        <p className="error" role="alert">
          {t.decisionEditor.date.invalid(invalid)}
        </p>
      )}
    </div>
  );
}
