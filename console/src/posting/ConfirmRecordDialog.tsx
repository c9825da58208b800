import { Dialog, DialogButtons } from '../decisions/review/Dialog';
import { useI18n } from '../i18n/language';

/** The confirmation before re-posting is recorded: it names how many procedures, and who records is the signed-in user. */
export function ConfirmRecordDialog({
  count,
  message,
  sending,
  onConfirm,
  onClose,
}: {
  count: number;
  message: string;
  sending: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const m = t.posting.checklist;
  return (
    <Dialog title={m.confirmTitle} onClose={onClose} testId="mark-done-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <p>{message}</p>
        <DialogButtons
          sending={sending}
          confirm={m.confirmButton(count)}
          sendingLabel={m.sending}
          cancelLabel={m.cancel}
          onClose={onClose}
          testId="mark-done-confirm"
          autoFocus
        />
      </form>
    </Dialog>
  );
}
