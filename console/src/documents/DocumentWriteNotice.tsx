import type { DocumentWriteResponse } from '@niemyet/core';
import { useI18n } from '../i18n/language';
import { DocumentLink } from './DocumentLink';
import { reviewsHref } from './review-links';

/**
 * What a register or edit did: the document saved, and the review tasks it created — the
 * count and the way to them, since meeting their deadlines is the point of registering.
 */
export function DocumentWriteNotice({
  answer,
  edited,
  onDismiss,
}: {
  answer: DocumentWriteResponse;
  edited: boolean;
  onDismiss(): void;
}) {
  const { t } = useI18n();
  const d = t.documents;
  const document = answer.documents[0];
  const relations = answer.documents.some((doc) => doc.relations.length > 0);
  return (
    <div className="notice success" role="status" data-testid="document-write-notice">
      {document && (
        <p>
          {edited ? d.saved(document.number) : d.registered(document.number)}{' '}
          <DocumentLink number={document.number}>{d.openDocument}</DocumentLink>
        </p>
      )}
      {answer.tasks.length > 0 ? (
        <p data-testid="tasks-created">
          {d.tasksCreated(answer.tasks.length)}. <a href={reviewsHref()}>{d.toReviews}</a>
        </p>
      ) : (
        relations && <p data-testid="tasks-created">{d.noTasksCreated}</p>
      )}
      <button type="button" className="secondary" onClick={onDismiss}>
        {d.dismiss}
      </button>
    </div>
  );
}
