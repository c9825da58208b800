import { formatVietnameseDate, type IsoDate, parseVietnameseDate, todayInVietnam } from '@niemyet/core';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/language';

/**
 * The catalogue's date, typed the Vietnamese way (dd/mm/yyyy; dd-mm-yyyy and unpadded too)
 * rather than with `<input type="date">`, whose display follows the browser's locale.
 * The date applies on Enter or when the field loses focus. The procedure page uses it too.
 */
export function AsOfField({
  value,
  onChange,
  label,
}: {
  value: IsoDate;
  onChange(date: IsoDate): void;
  /** The field's label where "the catalogue's date" is not what it means (a procedure's page). */
  label?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(() => formatVietnameseDate(value));
  const [invalid, setInvalid] = useState<string | null>(null);

  useEffect(() => {
    setDraft(formatVietnameseDate(value));
    setInvalid(null);
  }, [value]);

  const commit = () => {
    const parsed = parseVietnameseDate(draft.trim());
    if (parsed === null) {
      setInvalid(draft);
      return;
    }
    setInvalid(null);
    if (parsed !== value) onChange(parsed);
    else setDraft(formatVietnameseDate(parsed));
  };

  return (
    <div className="field as-of">
      <label htmlFor={id}>{label ?? t.catalogue.asOf}</label>
      <div className="inline">
        <input
          id={id}
          data-testid="catalogue-as-of"
          inputMode="numeric"
          placeholder={t.catalogue.asOfHint}
          value={draft}
          aria-invalid={invalid !== null}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        <button type="button" className="secondary" onClick={() => onChange(todayInVietnam())}>
          {t.catalogue.today}
        </button>
      </div>
      {invalid !== null && (
        <p className="error" role="alert">
          {t.catalogue.asOfInvalid(invalid)}
        </p>
      )}
    </div>
  );
}
