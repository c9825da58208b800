import {
  actsOn,
  eventReviewTasks,
  type IsoDate,
  type LegalDocument,
  type ProcedureVersion,
  type ReviewTask,
  ReviewTaskError,
  workspaceDeadlineSetup,
} from '@niemyet/core';
import type { Services } from '../context';
import { ApiHttpError } from '../http/errors';
import { readSettings } from '../repositories/workspace';
import { activeOn } from './legal-reading';

/**
 * The review tasks written documents create (core's `eventReviewTasks`): one per procedure in
 * force on the day a document takes effect that cites a text it amends, replaces or abolishes,
 * due on the publication deadline counted on the workspace's rules and calendar for
 * `issuerKind`. The catalogues of those days are read (from the cache) before any transaction
 * opens; core's refusals become the contract's 422s.
 */
export async function eventTasksFor(
  services: Services,
  documents: readonly LegalDocument[],
  issuerKind: string,
): Promise<ReviewTask[]> {
  const acting = documents.filter((d) => d.relations.length > 0);
  if (acting.length === 0) return [];
  const { rules, calendar } = workspaceDeadlineSetup(await readSettings(services.db));
  const catalogues = new Map<IsoDate, ReadonlyMap<string, ProcedureVersion>>();
  for (const document of acting) {
    const on = actsOn(document);
    if (on !== null && !catalogues.has(on)) catalogues.set(on, await activeOn(services, on));
  }
  const tasks = new Map<string, ReviewTask>();
  for (const document of acting) {
    try {
      const made = eventReviewTasks(document, {
        rules,
        calendar,
        issuerKind,
        activeOn: (date) => catalogues.get(date) ?? new Map(),
      });
      for (const task of made) if (!tasks.has(task.id)) tasks.set(task.id, task);
    } catch (error) {
      if (!(error instanceof ReviewTaskError)) throw error;
      const params = error.code === 'document-without-date' ? { number: document.number } : { issuerKind };
      throw new ApiHttpError(422, error.code, error.message, params);
    }
  }
  return [...tasks.values()];
}
