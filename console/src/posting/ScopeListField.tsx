import { searchKey } from '@niemyet/core';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/language';

/**
 * A list of names for an office's scope (agencies, fields): picked from the catalogue's own
 * values (a datalist, so the spelling matches the catalogue) or typed, each added as a
 * removable entry. The same name twice (without regard to diacritics or case, as the server
 * matches) is added once.
 */
export function ScopeListField({
  label,
  inputLabel,
  addLabel,
  values,
  options,
  onChange,
  error,
  testId,
}: {
  label: string;
  inputLabel: string;
  addLabel: string;
  values: readonly string[];
  options: readonly string[];
  onChange(next: string[]): void;
  error?: string;
  testId: string;
}) {
  const { t } = useI18n();
  const m = t.posting.form;
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = () => {
    const value = draft.trim();
    if (value === '') return;
    if (!values.some((known) => searchKey(known) === searchKey(value))) onChange([...values, value]);
    setDraft('');
  };

  return (
    <fieldset
      className="scope-list"
      data-testid={testId}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{label}</legend>
      {values.length === 0 ? (
        <p className="muted small">{m.none}</p>
      ) : (
        <ul className="chips">
          {values.map((value) => (
            <li key={value} className="chip" data-testid={`${testId}-value`}>
              {value}{' '}
              <button
                type="button"
                className="link"
                aria-label={m.remove(value)}
                onClick={() => onChange(values.filter((known) => known !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {inputLabel}
        </label>
        <input
          id={`${id}-input`}
          list={`${id}-options`}
          value={draft}
          placeholder={inputLabel}
          aria-invalid={error ? true : undefined}
          data-testid={`${testId}-input`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the entry rather than sending the whole form half filled.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-options`}>
          {options.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <button type="button" className="secondary" data-testid={`${testId}-add`} onClick={add}>
          {addLabel}
        </button>
      </div>
      {error && (
        <p className="error field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
