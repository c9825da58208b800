/**
 * One finding of decision validation. Errors block submission; warnings are shown to the
 * drafter and reviewers but do not block. `code` is machine-readable (for filters and
 * translations), `message` is the Vietnamese sentence shown as is.
 */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: string;
  /** The decision item concerned, or null for the decision as a whole. */
  itemId: string | null;
  message: string;
}

export function blockingIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}
