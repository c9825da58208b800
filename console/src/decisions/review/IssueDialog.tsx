import { type Decision, formatVietnameseDate, type IsoDate } from '@niemyet/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { ActionError } from './ActionError';
import { Dialog, DialogButtons } from './Dialog';
import { readDate, TextField } from './form-fields';
import { useSending } from './use-sending';

export interface IssueRecordInput {
  number: string;
  signer: string | null;
  signedOn: IsoDate;
  effectiveOn: IsoDate;
}

/**
 * Recording an approved decision as issued, as the chairman signed it: the number and the
 * signing date it got, the signer, and the effective date (the planned one unless the signed
 * text says otherwise). The catalogue changes on the effective date, which the dialog says,
 * because people expect the signing date.
 */
export function IssueDialog({
  decision,
  onSend,
  onClose,
  onReload,
  reloading,
}: {
  decision: Decision;
  onSend(record: IssueRecordInput): Promise<void>;
  onClose(): void;
  onReload(): void;
  reloading: boolean;
}) {
  const { t } = useI18n();
  const m = t.review.issue;
  const [number, setNumber] = useState(decision.number);
  const [signer, setSigner] = useState(decision.signer ?? '');
  // Left empty on purpose: a signing date filled in for the user would be recorded unread.
  const [signedOn, setSignedOn] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(() =>
    decision.effectiveOn ? formatVietnameseDate(decision.effectiveOn) : '',
  );
  const [checked, setChecked] = useState(false);
  const { sending, error, run } = useSending();

  const signed = readDate(signedOn, true);
  const effective = readDate(effectiveOn, true);
  const dateError = (reading: ReturnType<typeof readDate>, typed: string) =>
    !checked || reading.ok
      ? null
      : reading.reason === 'required'
        ? m.dateRequired
        : m.dateInvalid(typed.trim());
  const numberError = checked && number.trim() === '' ? m.numberRequired : null;
  const effectiveDate = effective.ok ? effective.date : null;
  const beforeSigned =
    signed.ok && effective.ok && signed.date && effective.date && effective.date < signed.date;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (number.trim() === '' || !signed.ok || !effective.ok || !signed.date || !effective.date) return;
    const record: IssueRecordInput = {
      number: number.trim(),
      signer: signer.trim() === '' ? null : signer.trim(),
      signedOn: signed.date,
      effectiveOn: effective.date,
    };
    void run(() => onSend(record));
  };

  return (
    <Dialog title={m.title} onClose={onClose} testId="issue-dialog">
      <form onSubmit={submit} noValidate>
        <p>{m.intro}</p>
        <TextField
          label={m.number}
          value={number}
          onChange={setNumber}
          hint={m.numberHint}
          error={numberError}
          autoFocus
          testId="issue-number"
        />
        <TextField label={m.signer} value={signer} onChange={setSigner} testId="issue-signer" />
        <TextField
          label={m.signedOn}
          value={signedOn}
          onChange={setSignedOn}
          hint={m.dateHint}
          inputMode="numeric"
          error={dateError(signed, signedOn)}
          testId="issue-signed-on"
        />
        <TextField
          label={m.effectiveOn}
          value={effectiveOn}
          onChange={setEffectiveOn}
          hint={m.dateHint}
          inputMode="numeric"
          error={dateError(effective, effectiveOn)}
          testId="issue-effective-on"
        />
        {decision.effectiveOn ? <p className="muted">{m.plannedEffective(decision.effectiveOn)}</p> : null}
        {beforeSigned ? <p className="notice">{m.effectiveBeforeSigned}</p> : null}
        <p className="notice" data-testid="issue-explain">
          {m.catalogueChanges(effectiveDate)}
        </p>
        <ActionError error={error} onReload={onReload} reloading={reloading} />
        <DialogButtons sending={sending} confirm={m.confirm} onClose={onClose} />
      </form>
    </Dialog>
  );
}
