import type { DocumentStatusView } from '@niemyet/core';
import { useI18n } from '../i18n/language';

/** A document's status on a date, worded and coloured by kind (ended ones stand out). */
export function DocumentStatusBadge({ status }: { status: DocumentStatusView }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge doc-status doc-status-${status}`}
      data-testid="document-status"
      data-status={status}
    >
      {t.documents.statuses[status]}
    </span>
  );
}
