import { type Decision, formatVietnameseDate, type IsoDate, todayInVietnam } from '@niemyet/core';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { ActionError } from './ActionError';
import { Dialog, DialogButtons } from './Dialog';
import { readDate, TextField } from './form-fields';
import { itemHeading } from './item-heading';
import { useSending } from './use-sending';

/**
 * The day an issued decision's items were entered on the national database: one date for
 * every item not recorded yet, or for the items chosen (entries made on different days).
 */
export function NationalDbDialog({
  decision,
  onSend,
  onClose,
  onReload,
  reloading,
}: {
  decision: Decision;
  /** `itemIds` null: every item not recorded yet. */
  onSend(on: IsoDate, itemIds: string[] | null): Promise<void>;
  onClose(): void;
  onReload(): void;
  reloading: boolean;
}) {
  const { t } = useI18n();
  const m = t.review.nationalDb;
  const group = useId();
  const pending = decision.items.filter((item) => item.nationalDbOn === null);
  const [on, setOn] = useState(() => formatVietnameseDate(todayInVietnam()));
  const [mode, setMode] = useState<'pending' | 'some'>(pending.length > 0 ? 'pending' : 'some');
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const { sending, error, run } = useSending();

  const date = readDate(on, true);
  const dateError =
    !checked || date.ok
      ? null
      : date.reason === 'required'
        ? t.review.issue.dateRequired
        : t.review.issue.dateInvalid(on.trim());
  const pickOne = checked && mode === 'some' && chosen.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!date.ok || !date.date || (mode === 'some' && chosen.length === 0)) return;
    const day = date.date;
    void run(() => onSend(day, mode === 'some' ? chosen : null));
  };

  return (
    <Dialog title={m.title} onClose={onClose} testId="national-db-dialog">
      <form onSubmit={submit} noValidate>
        <p>{m.intro}</p>
        <TextField
          label={m.on}
          value={on}
          onChange={setOn}
          hint={t.review.issue.dateHint}
          inputMode="numeric"
          error={dateError}
          autoFocus
          testId="national-db-on"
        />
        <fieldset>
          <legend>{m.scope}</legend>
          {pending.length > 0 ? (
            <label className="inline-choice">
              <input
                type="radio"
                name={group}
                checked={mode === 'pending'}
                onChange={() => setMode('pending')}
                data-testid="national-db-pending"
              />
              {m.allPending(pending.length)}
            </label>
          ) : null}
          <label className="inline-choice">
            <input
              type="radio"
              name={group}
              checked={mode === 'some'}
              onChange={() => setMode('some')}
              data-testid="national-db-some"
            />
            {m.someItems}
          </label>
          {mode === 'some' ? (
            <ul className="choices" aria-label={m.items}>
              {decision.items.map((item, index) => (
                <li key={item.id}>
                  <label className="inline-choice">
                    <input
                      type="checkbox"
                      value={item.id}
                      checked={chosen.includes(item.id)}
                      onChange={(event) =>
                        setChosen((current) =>
                          event.target.checked
                            ? [...current, item.id]
                            : current.filter((id) => id !== item.id),
                        )
                      }
                      data-testid="national-db-item"
                    />
                    {itemHeading(t, index, item)}
                    {item.nationalDbOn ? (
                      <span className="muted"> ({m.recordedOn(item.nationalDbOn)})</span>
                    ) : null}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          {pickOne ? (
            <p className="error" role="alert">
              {m.pickOne}
            </p>
          ) : null}
        </fieldset>
        <ActionError error={error} onReload={onReload} reloading={reloading} />
        <DialogButtons sending={sending} confirm={m.confirm} onClose={onClose} />
      </form>
    </Dialog>
  );
}
