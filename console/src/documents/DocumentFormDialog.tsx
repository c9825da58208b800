import type { DocumentWriteResponse } from '@niemyet/core';
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { editDocument, registerDocument } from '../api/legal-documents';
import { Dialog, DialogButtons } from '../decisions/review/Dialog';
import { useI18n } from '../i18n/language';
import {
  checkDocumentForm,
  type DocumentFormErrors,
  type DocumentFormField,
  type DocumentFormValues,
  type RelationKind,
} from './document-form';

const KINDS: readonly RelationKind[] = ['amends', 'replaces', 'abolishes'];

/**
 * Registering a document (POST) or editing a registered one (PUT `editing`): its number, type,
 * issuer, title, dates (dd/mm/yyyy) and relations, kind and target per row. Each field says
 * what is wrong under it; the first wrong field gets the focus. What the server refuses (a
 * number registered already, a relation without a date) is said above the buttons.
 */
export function DocumentFormDialog({
  initial,
  editing,
  onClose,
  onSaved,
}: {
  initial: DocumentFormValues;
  /** The registered number being edited; absent to register a new document. */
  editing?: string;
  onClose(): void;
  onSaved(answer: DocumentWriteResponse): void;
}) {
  const { t, language } = useI18n();
  const m = t.documents.form;
  const client = useApi();
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<DocumentFormErrors>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const set = (field: Exclude<keyof DocumentFormValues, 'relations'>, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setRelation = (index: number, change: Partial<DocumentFormValues['relations'][number]>) =>
    setValues((current) => ({
      ...current,
      relations: current.relations.map((r, i) => (i === index ? { ...r, ...change } : r)),
    }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDocumentForm(values, m);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0];
      if (first) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setSending(true);
    try {
      const answer =
        editing === undefined
          ? await registerDocument(client, checked.body)
          : await editDocument(client, editing, checked.body);
      onSaved(answer);
    } catch (cause) {
      setFailure(cause);
      setSending(false);
    }
  };

  const field = (name: Exclude<DocumentFormField, `relations.${number}`>, label: string, hint?: string) => {
    const id = `${formId}-${name}`;
    const error = errors[name];
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={values[name]}
          placeholder={hint}
          inputMode={hint === m.dateHint ? 'numeric' : undefined}
          aria-invalid={error !== undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => set(name, event.target.value)}
        />
        {error && (
          <p className="error field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Dialog
      title={editing === undefined ? m.registerTitle : m.editTitle(editing)}
      onClose={onClose}
      testId="document-form"
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        {field('number', m.number, m.numberHint)}
        {field('type', m.type)}
        {field('issuer', m.issuer)}
        <div className="field">
          <label htmlFor={`${formId}-title`}>{m.title}</label>
          <textarea
            id={`${formId}-title`}
            rows={3}
            value={values.title}
            aria-invalid={errors.title !== undefined}
            aria-describedby={errors.title ? `${formId}-title-error` : undefined}
            onChange={(event) => set('title', event.target.value)}
          />
          {errors.title && (
            <p className="error field-error" id={`${formId}-title-error`}>
              {errors.title}
            </p>
          )}
        </div>
        <div className="field-row">
          {field('issuedOn', m.issuedOn, m.dateHint)}
          {field('effectiveOn', m.effectiveOn, m.dateHint)}
          {field('expiresOn', m.expiresOn, m.dateHint)}
        </div>
        <fieldset className="relations">
          <legend>{m.relations}</legend>
          {values.relations.length === 0 && <p className="muted">{m.relationsNone}</p>}
          {values.relations.map((relation, index) => {
            const id = `${formId}-relations.${index}`;
            const error = errors[`relations.${index}`];
            return (
              // Rows have no identity but their place; a removed row re-renders those after it.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, removed whole
              <div className="relation-row" key={index} data-testid="relation-row">
                <div className="field">
                  <label htmlFor={`${id}-kind`}>
                    {m.relationKind} {index + 1}
                  </label>
                  <select
                    id={`${id}-kind`}
                    value={relation.kind}
                    onChange={(event) => setRelation(index, { kind: event.target.value as RelationKind })}
                  >
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {m.kinds[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={id}>
                    {m.relationTarget} {index + 1}
                  </label>
                  <input
                    id={id}
                    value={relation.target}
                    aria-invalid={error !== undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(event) => setRelation(index, { target: event.target.value })}
                  />
                  {error && (
                    <p className="error field-error" id={`${id}-error`}>
                      {error}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="secondary"
                  aria-label={m.removeRelation(index + 1)}
                  onClick={() =>
                    setValues((current) => ({
                      ...current,
                      relations: current.relations.filter((_r, i) => i !== index),
                    }))
                  }
                >
                  ×
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setValues((current) => ({
                ...current,
                relations: [...current.relations, { kind: 'amends', target: '' }],
              }))
            }
          >
            {m.addRelation}
          </button>
        </fieldset>
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert" data-testid="document-form-errors">
            {m.fixErrors}
          </p>
        )}
        {failure !== null && (
          <p className="error" role="alert" data-testid="document-form-failure">
            {m.failed(errorMessage(failure, language))}
          </p>
        )}
        <DialogButtons
          sending={sending}
          confirm={editing === undefined ? m.save : m.saveEdit}
          sendingLabel={m.saving}
          cancelLabel={m.cancel}
          onClose={onClose}
          testId="document-form-save"
        />
      </form>
    </Dialog>
  );
}
