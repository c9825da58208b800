import type { FindingKind, FindingState } from '@niemyet/core';

/**
 * When a later complete audit confirms a finding fixed. A finding not seen again is not
 * enough: the row must now be there and right, or, for what should not be listed, gone.
 * - changed, damaged-text, not-yet-effective: the procedure is still listed (so it was read)
 *   and shows that problem no more;
 * - missing: the procedure is listed again;
 * - abolished-but-listed, not-in-catalogue: the row is no longer listed;
 * - run-failed: the watch completed a run.
 */
export interface FixCandidate {
  kind: FindingKind;
  state: FindingState;
  /** `identityOf(code, name)`, the key's middle part. */
  identity: string;
  key: string;
}

export interface CompleteRun {
  /** Identities of the rows the run audited (in its scope). */
  listed: ReadonlySet<string>;
  /** Keys the run observed. */
  seen: ReadonlySet<string>;
  /** The run-failed identity of the watch that ran. */
  runFailedIdentity: string;
}

export function isConfirmedFixed(finding: FixCandidate, run: CompleteRun): boolean {
  if (finding.state !== 'open' && finding.state !== 'reported') return false;
  if (run.seen.has(finding.key)) return false;
  switch (finding.kind) {
    case 'run-failed':
      return finding.identity === run.runFailedIdentity;
    case 'abolished-but-listed':
    case 'not-in-catalogue':
      return !run.listed.has(finding.identity);
    default:
      return run.listed.has(finding.identity);
  }
}

/** The state a finding takes when seen again: a fixed one re-opens, the others stay as they are. */
export function stateWhenSeenAgain(state: FindingState): { state: FindingState; reopened: boolean } {
  return state === 'fixed' ? { state: 'open', reopened: true } : { state, reopened: false };
}

/**
 * A hand-made state change (`PATCH /api/findings/:id`): `fixed` is the server's to confirm,
 * dismissing needs a reason; an error code (for ApiHttpError) or null when allowed.
 */
export function manualTransitionProblem(
  from: FindingState,
  to: 'open' | 'reported' | 'dismissed',
  reason: string | undefined,
): 'reason-required' | 'invalid-transition' | null {
  if (to === 'dismissed' && !reason) return 'reason-required';
  if (from === to) return null;
  if (to === 'reported' && from !== 'open') return 'invalid-transition';
  return null;
}
