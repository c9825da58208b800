import type { CampaignDetailResponse } from '@niemyet/core';
import { type FormEvent, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { createCampaign } from '../api/reviews';
import { Dialog, DialogButtons } from '../decisions/review/Dialog';
import { readDate, TextAreaField, TextField } from '../decisions/review/form-fields';
import { useI18n } from '../i18n/language';
import { pastedDocumentNumbers } from './campaign-documents';

/**
 * Opening a review campaign: a title, an optional due date and the documents, pasted one a
 * line or separated by «;». The form says how many distinct documents it recognised; the
 * server makes one task per document.
 */
export function CreateCampaignDialog({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(created: CampaignDetailResponse): void;
}) {
  const { t, language } = useI18n();
  const c = t.reviews.campaigns;
  const client = useApi();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<{ title?: string; due?: string; documents?: string }>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const documents = pastedDocumentNumbers(pasted);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = readDate(due, false);
    const found = {
      ...(title.trim() === '' ? { title: c.titleRequired } : {}),
      ...(date.ok ? {} : { due: t.reviews.task.badDate }),
      ...(documents.distinct === 0 ? { documents: c.noneRecognised } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || !date.ok) return;
    setSending(true);
    setFailure(null);
    try {
      onCreated(
        await createCampaign(client, { title: title.trim(), dueOn: date.date, documents: documents.numbers }),
      );
    } catch (cause) {
      setFailure(cause);
      setSending(false);
    }
  };

  return (
    <Dialog title={c.create} onClose={onClose} testId="campaign-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={c.title}
          value={title}
          onChange={setTitle}
          error={problems.title}
          autoFocus
          testId="campaign-title"
        />
        <TextField label={c.dueOn} value={due} onChange={setDue} error={problems.due} testId="campaign-due" />
        <TextAreaField
          label={c.documents}
          value={pasted}
          onChange={setPasted}
          error={problems.documents}
          testId="campaign-documents"
        />
        <p className="muted" aria-live="polite" data-testid="campaign-recognised">
          {c.recognised(documents.distinct)}
        </p>
        {failure !== null && (
          <p className="error" role="alert">
            {c.createFailed} {errorMessage(failure, language)}
          </p>
        )}
        <DialogButtons
          sending={sending}
          confirm={c.create}
          sendingLabel={c.creating}
          cancelLabel={t.reviews.task.close}
          onClose={onClose}
          testId="campaign-create"
        />
      </form>
    </Dialog>
  );
}
