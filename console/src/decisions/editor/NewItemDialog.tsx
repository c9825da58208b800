import { parseProcedureCode } from '@niemyet/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/language';
import { Dialog } from '../review/Dialog';
import { TextField } from './fields';

/**
 * Starts a new procedure with its name (and code, when the national database gave one);
 * the item then opens in the list with every other field to fill in.
 */
export function NewItemDialog({
  onClose,
  onAdd,
}: {
  onClose(): void;
  onAdd(name: string, code: string | null, rawCode: string | null): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.newItem;
  const [name, setName] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  return (
    <Dialog title={m.title} onClose={onClose} testId="new-item-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!name?.trim()) return;
          const raw = code?.trim() || null;
          onAdd(name.trim(), raw ? (parseProcedureCode(raw)?.code ?? null) : null, raw);
        }}
      >
        <TextField label={m.name} value={name} onChange={setName} testId="new-item-name" />
        {tried && !name?.trim() && (
          <p className="error" role="alert">
            {m.nameRequired}
          </p>
        )}
        <TextField
          label={t.decisionEditor.items.code}
          value={code}
          onChange={setCode}
          testId="new-item-code"
        />
        <div className="toolbar">
          <button type="submit" className="primary">
            {m.add}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t.decisionEditor.picker.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
