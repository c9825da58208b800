import {
  type ChangeLogAnchor,
  type ChangeLogVerification,
  changeLogAnchor,
  type DecisionChainVerification,
  describeChangeLogBreak,
  describeDecisionChainProblem,
  type ExpectedChangeLogHead,
  formatVietnameseNumber,
  verifyChangeLog,
  verifyDecisionsAgainstChain,
  type WorkspaceBundle,
} from '@niemyet/core';

/** Problems listed one by one before the rest are only counted. */
const LISTED_PROBLEMS = 20;

export interface WorkspaceHistoryCheck {
  chain: ChangeLogVerification;
  decisions: DecisionChainVerification;
  head: ChangeLogAnchor;
  /** Each line Vietnamese, then English: empty when the history holds. */
  failures: string[];
}

/**
 * The checks of a workspace's history that need nothing but the bundle: the chain of the log,
 * and the issued decisions against what the log recorded of them.
 */
export function checkWorkspaceHistory(bundle: WorkspaceBundle): WorkspaceHistoryCheck {
  const log = bundle.changeLog;
  const chain = verifyChangeLog(log);
  const decisions = verifyDecisionsAgainstChain(bundle.decisions, log);
  const failures: string[] = [];
  if (!chain.ok) failures.push(chainBreakText(bundle, chain));
  if (!decisions.ok) {
    const { problems } = decisions;
    failures.push(
      [
        `${formatVietnameseNumber(problems.length)} chỗ quyết định không khớp sổ thay đổi (${problems.length} mismatches between the decisions and the change log):`,
        ...problems
          .slice(0, LISTED_PROBLEMS)
          .flatMap((p) => [
            `  ${describeDecisionChainProblem(p, 'vi')}`,
            `    (${describeDecisionChainProblem(p, 'en')})`,
          ]),
        ...(problems.length > LISTED_PROBLEMS
          ? [
              `  … và ${formatVietnameseNumber(problems.length - LISTED_PROBLEMS)} chỗ khác (and ${problems.length - LISTED_PROBLEMS} more)`,
            ]
          : []),
      ].join('\n'),
    );
  }
  return { chain, decisions, head: changeLogAnchor(log), failures };
}

/** Where the chain breaks, naming the entry and its decision (Vietnamese, then English). */
function chainBreakText(
  bundle: WorkspaceBundle,
  result: Extract<ChangeLogVerification, { ok: false }>,
): string {
  const entry = bundle.changeLog[result.index];
  const decision = entry?.decisionNumber ?? '—';
  return [
    `Sổ thay đổi bị hỏng tại mục thứ ${result.index} (seq ${result.seq}, quyết định ${decision}): ${describeChangeLogBreak(result, 'vi')}`,
    `Change log broken at index ${result.index} (seq ${result.seq}, decision ${decision}): ${describeChangeLogBreak(result, 'en')}`,
  ].join('\n');
}

/**
 * Whether the log still reaches a head recorded earlier (`source` says where it came from:
 * the option, a snapshot file). Returns the failure text, or null when it does.
 */
export function checkExpectedHead(
  bundle: WorkspaceBundle,
  expected: ExpectedChangeLogHead,
  source: string,
): string | null {
  const result = verifyChangeLog(bundle.changeLog, expected);
  if (result.ok) return null;
  if (
    result.code !== 'head-beyond-log' &&
    result.code !== 'head-mismatch' &&
    result.code !== 'head-not-found'
  )
    return chainBreakText(bundle, result);
  return [
    `Sổ thay đổi không còn đi qua đầu sổ ${source}: ${describeChangeLogBreak(result, 'vi')}`,
    `The change log does not reach the head ${source}: ${describeChangeLogBreak(result, 'en')}`,
  ].join('\n');
}

/** The warning for entries of the older format, or null when every entry covers its content. */
export function legacyEntriesWarning(decisions: DecisionChainVerification): string | null {
  if (decisions.legacyEntries === 0) return null;
  const numbers = decisions.legacyDecisions.map((d) => d.decisionNumber);
  const shown = numbers.slice(0, 10).join(', ') + (numbers.length > 10 ? ', …' : '');
  return [
    `Cảnh báo (warning): ${formatVietnameseNumber(decisions.legacyEntries)} mục sổ thay đổi theo định dạng cũ (phiên bản 1) không chứa mã băm nội dung; ${formatVietnameseNumber(numbers.length)} quyết định (${shown}) chỉ được đối chiếu theo số quyết định, hình thức, mã, tên thủ tục và ngày.`,
    `${decisions.legacyEntries} change-log entries of the older format (version 1) carry no content hashes: ${numbers.length} decisions are checked only by number, action, code, name and date.`,
  ].join('\n');
}
