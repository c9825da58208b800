/**
 * The review and issue workflow of a decision, for the decision screen to host
 * (`#/decisions/$id`): it holds the detail and the comments, these components show and change them.
 */
export { ApprovalStatus } from './ApprovalStatus';
export { CommentThread } from './CommentThread';
export { DecisionActions } from './DecisionActions';
export { ReviewScreen } from './ReviewScreen';
export { Timeline } from './Timeline';
export { type CommentsState, useComments } from './use-comments';
