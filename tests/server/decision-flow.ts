import type { Client, Reply } from '@niemyet/server/testing';

/**
 * The whole path of one publication decision through the API, as the people who do it would
 * walk it: a drafter writes a draft with one new procedure and submits it, a reviewer approves
 * it, the drafter records the signed decision (number and dates) and issues it.
 */

export interface IssuedDecision {
  id: string;
  number: string;
  code: string;
}

function expectStatus(what: string, reply: Reply, status: number): void {
  if (reply.status !== status) throw new Error(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** A procedure code no real list uses: `9.9` + five digits from `n`. */
export function testProcedureCode(n: number): string {
  return `9.9${String(n).padStart(5, '0')}`;
}

/** A new procedure as a drafter describes it. */
export function newProcedureItem(n: number) {
  return {
    action: 'new' as const,
    code: testProcedureCode(n),
    name: `Thủ tục thử nghiệm số ${n}`,
    changes: { levels: ['province'], field: 'Hộ tịch', agency: 'Sở Tư pháp' },
  };
}

/** Draft → in review → approved; returns the id and the revision the approval left. */
export async function approvedDecision(
  drafter: Client,
  reviewer: Client,
  title: string,
  items: unknown[],
  effectiveOn: string,
): Promise<{ id: string; revision: number }> {
  const created = await drafter.post('/api/decisions', { title, effectiveOn, items });
  expectStatus('create', created, 201);
  const id: string = created.body.id;
  const submitted = await drafter.post(`/api/decisions/${id}/transitions`, {
    to: 'in_review',
    revision: created.body.revision,
  });
  expectStatus('submit', submitted, 200);
  const approved = await reviewer.post(`/api/decisions/${id}/transitions`, {
    to: 'approved',
    revision: submitted.body.decision.revision,
    comment: 'Đồng ý',
  });
  expectStatus('approve', approved, 200);
  return { id, revision: approved.body.decision.revision };
}

export async function issueNewProcedureDecision(
  drafter: Client,
  reviewer: Client,
  n: number,
  effectiveOn: string,
): Promise<IssuedDecision> {
  const item = newProcedureItem(n);
  const { id, revision } = await approvedDecision(
    drafter,
    reviewer,
    `Công bố thủ tục thử nghiệm số ${n}`,
    [item],
    effectiveOn,
  );
  const number = `${1000 + n}/QĐ-UBND`;
  const issued = await drafter.post(`/api/decisions/${id}/transitions`, {
    to: 'issued',
    revision,
    number,
    signedOn: effectiveOn,
    effectiveOn,
  });
  expectStatus('issue', issued, 200);
  return { id, number, code: item.code };
}
