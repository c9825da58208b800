import type { IsoDate, LegalRef } from '@niemyet/core';
import { useState } from 'react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { DateField, TextField } from './fields';

/** "45/2020/NĐ-CP — Nghị định về … (08/4/2020)": a document as a line. */
export function legalRefText(ref: LegalRef): string {
  return [
    ref.number,
    ref.title ? `— ${ref.title}` : null,
    ref.issuedOn ? `(${formatDate(ref.issuedOn)})` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/**
 * A legal document typed in (number, title, issued on). It is handed on only with a number,
 * which is what names a document; until then what is typed stays in the form.
 */
export function LegalRefForm({
  submitLabel,
  onSubmit,
  initial = null,
  testId,
}: {
  submitLabel: string;
  onSubmit(ref: LegalRef): void;
  initial?: LegalRef | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.header;
  const [number, setNumber] = useState<string | null>(initial?.number ?? null);
  const [title, setTitle] = useState<string | null>(initial?.title ?? null);
  const [issuedOn, setIssuedOn] = useState<IsoDate | null>(initial?.issuedOn ?? null);
  return (
    <fieldset className="legal-ref-form" data-testid={testId}>
      <TextField
        label={m.docNumber}
        value={number}
        onChange={setNumber}
        testId={testId && `${testId}-number`}
      />
      <TextField label={m.docTitle} value={title} onChange={setTitle} testId={testId && `${testId}-title`} />
      <DateField
        label={m.docIssuedOn}
        value={issuedOn}
        onChange={setIssuedOn}
        testId={testId && `${testId}-date`}
      />
      <button
        type="button"
        className="secondary"
        disabled={!number?.trim()}
        onClick={() => {
          onSubmit({
            number: number!.trim(),
            title: title?.trim() || null,
            issuedOn,
            issuer: initial?.issuer ?? null,
          });
          if (!initial) {
            setNumber(null);
            setTitle(null);
            setIssuedOn(null);
          }
        }}
      >
        {submitLabel}
      </button>
    </fieldset>
  );
}
