import type { IsoDate, LegalRef } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { sameValue } from './draft-content';
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
 * A legal document to add to a list (number, title, issued on). It is handed on only with a
 * number, which is what names a document; the form then empties for the next one.
 */
export function LegalRefForm({
  submitLabel,
  onSubmit,
  testId,
}: {
  submitLabel: string;
  onSubmit(ref: LegalRef): void;
  testId?: string;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.header;
  const [number, setNumber] = useState<string | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [issuedOn, setIssuedOn] = useState<IsoDate | null>(null);
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
            issuer: null,
          });
          setNumber(null);
          setTitle(null);
          setIssuedOn(null);
        }}
      >
        {submitLabel}
      </button>
    </fieldset>
  );
}

interface RefDraft {
  number: string | null;
  title: string | null;
  issuedOn: IsoDate | null;
}

const draftOfRef = (ref: LegalRef | null): RefDraft => ({
  number: ref?.number ?? null,
  title: ref?.title ?? null,
  issuedOn: ref?.issuedOn ?? null,
});

function refOf(draft: RefDraft, issuer: string | null): LegalRef | null {
  const number = draft.number?.trim();
  return number ? { number, title: draft.title?.trim() || null, issuedOn: draft.issuedOn, issuer } : null;
}

/**
 * A single document edited in place (an abolition's document): every keystroke is handed on,
 * as null while there is no number; the title and date typed before the number stay in the
 * fields meanwhile.
 */
export function LegalRefFields({
  value,
  onChange,
  testId,
}: {
  value: LegalRef | null;
  onChange(ref: LegalRef | null): void;
  testId?: string;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.header;
  const [draft, setDraft] = useState(() => draftOfRef(value));
  const issuer = value?.issuer ?? null;
  useEffect(() => {
    // A value changed from outside (another revision taken) replaces what the fields hold.
    setDraft((current) => (sameValue(refOf(current, issuer), value) ? current : draftOfRef(value)));
  }, [value, issuer]);
  const update = (patch: Partial<RefDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const ref = refOf(next, issuer);
    if (!sameValue(ref, value)) onChange(ref);
  };
  return (
    <div className="field-row" data-testid={testId}>
      <TextField
        label={m.docNumber}
        value={draft.number}
        onChange={(number) => update({ number })}
        testId={testId && `${testId}-number`}
      />
      <TextField
        label={m.docTitle}
        value={draft.title}
        onChange={(title) => update({ title })}
        testId={testId && `${testId}-title`}
      />
      <DateField
        label={m.docIssuedOn}
        value={draft.issuedOn}
        onChange={(issuedOn) => update({ issuedOn })}
        testId={testId && `${testId}-date`}
      />
    </div>
  );
}
