import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/language';

/**
 * A modal dialog that keeps the keyboard inside it: focus moves to the first field (or the
 * element marked `data-autofocus`) on open, Tab and Shift+Tab wrap around its controls,
 * Escape closes it, and focus goes back to whatever opened it. Built on a plain element rather
 * than `<dialog>` so it behaves the same in every browser and in the DOM tests.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({
  title,
  onClose,
  children,
  testId,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = box.current;
    const first =
      root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // The opener may have been replaced meanwhile (the buttons re-render after a transition):
    // then focus goes to the dialog's place in the page rather than being lost to <body>.
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close.current();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/**
 * The end of a dialog's form: the confirming submit button (busy while sending) and Cancel.
 * Every form dialog of the console ends with it; the labels and the test id may be the dialog's own.
 */
export function DialogButtons({
  sending,
  confirm,
  onClose,
  sendingLabel,
  cancelLabel,
  testId = 'dialog-confirm',
  autoFocus = false,
}: {
  sending: boolean;
  confirm: string;
  onClose(): void;
  sendingLabel?: string;
  cancelLabel?: string;
  testId?: string;
  /** Focus the confirming button when the dialog opens (a confirmation with nothing to fill). */
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="dialog-buttons">
      <button
        type="submit"
        className="primary"
        disabled={sending}
        data-testid={testId}
        {...(autoFocus ? { 'data-autofocus': true } : {})}
      >
        {sending ? (sendingLabel ?? t.review.actions.sending) : confirm}
      </button>
      <button type="button" onClick={onClose}>
        {cancelLabel ?? t.review.actions.cancel}
      </button>
    </div>
  );
}
