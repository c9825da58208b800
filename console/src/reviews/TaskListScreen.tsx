import { useI18n } from '../i18n/language';
import { ReviewTabs } from './ReviewTabs';
import type { ReviewTaskSearch } from './review-task-search';
import { TaskList } from './TaskList';

/** `#/reviews/tasks`: every review task, filtered from the address. */
export function TaskListScreen({
  search,
  onSearchChange,
}: {
  search: ReviewTaskSearch;
  onSearchChange(search: ReviewTaskSearch): void;
}) {
  const { t } = useI18n();
  return (
    <div className="screen reviews">
      <div className="screen-head">
        <h2>{t.reviews.tasksHeading}</h2>
      </div>
      <ReviewTabs />
      <TaskList search={search} onSearchChange={onSearchChange} />
    </div>
  );
}
