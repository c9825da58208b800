import type { ApiSession } from './api-session';

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

function expectStatus(what: string, status: number, json: unknown, ...allowed: number[]): void {
  if (!allowed.includes(status)) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(json)}`);
}

/** A procedure code no real list uses: `9.9` + six digits from `n`. */
export function testProcedureCode(n: number): string {
  return `9.${String(900_000 + n).padStart(6, '0')}`;
}

export async function issueNewProcedureDecision(
  drafter: ApiSession,
  reviewer: ApiSession,
  n: number,
  effectiveOn: string,
): Promise<IssuedDecision> {
  const code = testProcedureCode(n);
  const created = await drafter.request('POST', '/api/decisions', {
    title: `Công bố thủ tục thử nghiệm số ${n}`,
    effectiveOn,
    items: [
      {
        action: 'new',
        code,
        name: `Thủ tục thử nghiệm số ${n}`,
        changes: { levels: ['province'], field: 'Hộ tịch', agency: 'Sở Tư pháp' },
      },
    ],
  });
  expectStatus('create', created.status, created.json, 201);
  const id: string = created.json.id;
  let revision: number = created.json.revision;

  const submitted = await drafter.request('POST', `/api/decisions/${id}/transitions`, {
    to: 'in_review',
    revision,
  });
  expectStatus('submit', submitted.status, submitted.json, 200);
  revision = submitted.json.decision.revision;

  const approved = await reviewer.request('POST', `/api/decisions/${id}/transitions`, {
    to: 'approved',
    revision,
    comment: 'Đồng ý',
  });
  expectStatus('approve', approved.status, approved.json, 200);
  revision = approved.json.decision.revision;

  const number = `${1000 + n}/QĐ-UBND`;
  const issued = await drafter.request('POST', `/api/decisions/${id}/transitions`, {
    to: 'issued',
    revision,
    number,
    signedOn: effectiveOn,
    effectiveOn,
  });
  expectStatus('issue', issued.status, issued.json, 200);
  return { id, number, code };
}
