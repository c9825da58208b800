/**
 * Where one decision lives in the console: the editor's route (`decisions/editor/`, registered
 * by the editor itself). Screens that name a decision (the procedure history, the decision
 * list) link to it through these, so the path is written once.
 */
export const decisionRoutePath = '/decisions/$id' as const;

/** The path of one decision, its id encoded as a path segment. */
export function decisionPath(id: string): string {
  return `/decisions/${encodeURIComponent(id)}`;
}
