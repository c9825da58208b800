import { type FormEvent, useState } from 'react';
import { ActionError } from './ActionError';
import { Dialog, DialogButtons } from './Dialog';
import { TextAreaField } from './form-fields';
import { useSending } from './use-sending';

/**
 * A dialog whose whole content is one comment: approving (optional), requesting changes and
 * withdrawing (required, and said so before the server is asked).
 */
export function CommentDialog({
  title,
  label,
  requiredMessage,
  warning,
  confirm,
  testId,
  onSend,
  onClose,
  onReload,
  reloading,
}: {
  title: string;
  label: string;
  /** When given, an empty comment is refused with this sentence. */
  requiredMessage?: string;
  warning?: string;
  confirm: string;
  testId: string;
  onSend(comment: string | null): Promise<void>;
  onClose(): void;
  onReload(): void;
  reloading: boolean;
}) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const { sending, error, run } = useSending();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    if (requiredMessage && text === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    void run(() => onSend(text === '' ? null : text));
  };

  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <form onSubmit={submit} noValidate>
        {warning ? <p className="notice">{warning}</p> : null}
        <TextAreaField
          label={label}
          value={comment}
          onChange={setComment}
          required={requiredMessage !== undefined}
          error={missing ? requiredMessage : null}
          autoFocus
          testId="dialog-comment"
        />
        <ActionError error={error} onReload={onReload} reloading={reloading} />
        <DialogButtons sending={sending} confirm={confirm} onClose={onClose} />
      </form>
    </Dialog>
  );
}
