import { errorMessage } from '../../api/error-messages';
import { useI18n } from '../../i18n/language';
import type { SaveState } from './use-decision-draft';

/** "Đang lưu… / Đã lưu lúc hh:mm / Chưa lưu", and a way to try again when saving failed. */
export function SaveStatus({ save, onRetry }: { save: SaveState; onRetry(): void }) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.save;
  return (
    <p className="save-status" role="status" data-testid="save-status" data-state={save.kind}>
      {save.kind === 'saving' && m.saving}
      {save.kind === 'saved' && (save.at ? m.savedAt(save.at) : m.saved)}
      {save.kind === 'unsaved' && m.unsaved}
      {save.kind === 'failed' && (
        <>
          <span className="error">{m.failed(errorMessage(save.error, language))}</span>{' '}
          <button type="button" className="secondary" onClick={onRetry}>
            {m.retry}
          </button>
        </>
      )}
    </p>
  );
}
