import { useId } from 'react';
import type { PeriodDrafts } from './period-drafts';

/**
 * The two date fields of a period, typed dd/mm/yyyy. The form around them reads them on
 * submit (`parsePeriodDrafts`) and says what is wrong; `invalid` marks the field it names.
 */
export function PeriodFields({
  drafts,
  onChange,
  labels,
  invalid,
  testIdPrefix,
}: {
  drafts: PeriodDrafts;
  onChange(drafts: PeriodDrafts): void;
  labels: { from: string; to: string; hint: string };
  invalid?: 'from' | 'to' | 'both' | null;
  testIdPrefix: string;
}) {
  const id = useId();
  return (
    <>
      {(['from', 'to'] as const).map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
          <input
            id={`${id}-${field}`}
            data-testid={`${testIdPrefix}-${field}`}
            inputMode="numeric"
            placeholder={labels.hint}
            value={drafts[field]}
            aria-invalid={invalid === field || invalid === 'both'}
            onChange={(event) => onChange({ ...drafts, [field]: event.target.value })}
          />
        </div>
      ))}
    </>
  );
}
