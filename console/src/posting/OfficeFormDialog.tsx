import { LEVEL_KEYS, levelLabel, type Office, todayInVietnam } from '@niemyet/core';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { createOffice, patchOffice } from '../api/posting';
import { catalogueFilterOptions } from '../catalogue/catalogue-filters';
import { useCatalogue } from '../catalogue/use-catalogue';
import { Dialog, DialogButtons } from '../decisions/review/Dialog';
import { TextField } from '../decisions/review/form-fields';
import { useI18n } from '../i18n/language';
import {
  checkOfficeForm,
  EMPTY_OFFICE_FORM,
  formFromOffice,
  type OfficeFormErrors,
  type OfficeFormValues,
  refusedField,
} from './office-form';
import { ScopeListField } from './ScopeListField';

/**
 * "Thêm nơi niêm yết" (POST) or "Sửa" an office (PATCH `editing`), for `posting.manage`: name,
 * area, address and the scope — agencies picked from the catalogue in force today (or typed),
 * levels, optional fields. The form checks what the contract requires; a field the server
 * refuses (400 naming it) is said under that field.
 */
export function OfficeFormDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing?: Office;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t, language } = useI18n();
  const m = t.posting.form;
  const client = useApi();
  const ids = { levels: useId() };
  const [values, setValues] = useState<OfficeFormValues>(() =>
    editing ? formFromOffice(editing) : EMPTY_OFFICE_FORM,
  );
  const [errors, setErrors] = useState<OfficeFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [today] = useState(() => todayInVietnam());
  const catalogue = useCatalogue(today, 0);
  const options = useMemo(
    () => (catalogue.kind === 'ready' ? catalogueFilterOptions(catalogue.view.rows) : null),
    [catalogue],
  );
  // Known levels first (the catalogue's other levels after), so every office can pick them.
  const levels = useMemo(
    () => [...new Set([...LEVEL_KEYS.filter((key) => key !== 'district'), ...(options?.levels ?? [])])],
    [options],
  );

  const set = <K extends keyof OfficeFormValues>(key: K, value: OfficeFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkOfficeForm(values, m);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setSending(true);
    try {
      const id = editing
        ? (await patchOffice(client, editing.id, checked.body)).id
        : (await createOffice(client, checked.body)).id;
      onSaved(id);
    } catch (cause) {
      const refused = refusedField(cause);
      if (refused) setErrors({ [refused.field]: m.refused(refused.issue) });
      else setFailure(cause);
      setSending(false);
    }
  };

  return (
    <Dialog
      title={editing ? m.editHeading(editing.name) : m.heading}
      onClose={onClose}
      testId={editing ? 'edit-office-dialog' : 'add-office-dialog'}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={m.name}
          value={values.name}
          onChange={(value) => set('name', value)}
          hint={m.nameHint}
          error={errors.name}
          testId="office-name"
        />
        <TextField
          label={m.area}
          value={values.area}
          onChange={(value) => set('area', value)}
          hint={m.areaHint}
          error={errors.area}
          testId="office-area"
        />
        <TextField
          label={m.address}
          value={values.address}
          onChange={(value) => set('address', value)}
          error={errors.address}
          testId="office-address"
        />
        <h3>{m.scope}</h3>
        <p className="muted small">{m.scopeHelp}</p>
        {catalogue.kind === 'loading' && (
          <p className="muted small" role="status">
            {m.catalogueLoading}
          </p>
        )}
        {catalogue.kind === 'failed' && <p className="muted small">{m.catalogueFailed}</p>}
        <ScopeListField
          label={m.agencies}
          inputLabel={m.agencyInput}
          addLabel={m.addAgency}
          values={values.agencies}
          options={options?.agencies ?? []}
          onChange={(next) => set('agencies', next)}
          error={errors.agencies}
          testId="office-agencies"
        />
        <fieldset
          className="scope-levels"
          aria-describedby={errors.levels ? `${ids.levels}-error` : undefined}
        >
          <legend>{m.levels}</legend>
          {levels.map((level) => (
            <span key={level} className="field checkbox">
              <input
                id={`${ids.levels}-${level}`}
                type="checkbox"
                data-testid={`office-level-${level}`}
                checked={values.levels.includes(level)}
                onChange={(event) =>
                  set(
                    'levels',
                    event.target.checked
                      ? [...values.levels, level]
                      : values.levels.filter((known) => known !== level),
                  )
                }
              />
              <label htmlFor={`${ids.levels}-${level}`}>{levelLabel(level, language)}</label>
            </span>
          ))}
          {errors.levels && (
            <p className="error field-error" id={`${ids.levels}-error`} role="alert">
              {errors.levels}
            </p>
          )}
        </fieldset>
        <ScopeListField
          label={m.fields}
          inputLabel={m.fieldInput}
          addLabel={m.addField}
          values={values.fields}
          options={options?.fields ?? []}
          onChange={(next) => set('fields', next)}
          error={errors.fields}
          testId="office-fields"
        />
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert" data-testid="office-form-errors">
            {m.fixErrors}
          </p>
        )}
        {failure !== null && (
          <p className="error" role="alert" data-testid="office-form-failure">
            {m.failed(errorMessage(failure, language))}
          </p>
        )}
        <DialogButtons
          sending={sending}
          confirm={m.save}
          sendingLabel={m.saving}
          cancelLabel={m.cancel}
          onClose={onClose}
          testId="office-save"
        />
      </form>
    </Dialog>
  );
}
