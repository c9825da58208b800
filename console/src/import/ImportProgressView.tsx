import { useId } from 'react';
import { useI18n } from '../i18n/language';
import type { ImportProgress } from './import-decision-file';

/**
 * A running import: what it is doing ("Đang kiểm tra dòng 1.234/20.000"), a bar, and the
 * button that stops it. The bar has no value (indeterminate) while the size of the work is
 * not known yet: opening the file, reading it. Not a live region: a screen reader would read
 * out every count; the bar itself is what assistive technology follows.
 */
export function ImportProgressView({
  fileName,
  progress,
  cancelling,
  onCancel,
}: {
  fileName: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const labelId = useId();
  const measured = progress !== null && progress.phase !== 'reading' && progress.total > 0;
  const label = cancelling
    ? t.import.cancelling
    : progress === null
      ? t.import.reading(fileName)
      : t.import.progress(progress.phase, progress.done, progress.total);
  return (
    <section
      className="panel import-progress"
      data-testid="import-running"
      aria-label={t.import.progressLabel}
    >
      <p id={labelId} data-testid="import-phase" data-phase={progress?.phase ?? 'starting'}>
        {label}
      </p>
      <div className="inline">
        <progress
          data-testid="import-progress"
          aria-labelledby={labelId}
          max={measured ? progress.total : undefined}
          value={measured ? progress.done : undefined}
        />
        <button
          type="button"
          className="secondary"
          data-testid="import-cancel"
          disabled={cancelling}
          onClick={onCancel}
        >
          {t.import.cancel}
        </button>
      </div>
    </section>
  );
}
