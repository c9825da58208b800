import { type Decision, makeProcedureFields, type ProcedureVersion } from '@niemyet/core';
import { makeDecision } from '@niemyet/core/testing';
import { screen } from '@testing-library/react';
import { FakeServer } from '../../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../../testing/render-console';

/** The catalogue the editor tests work on: three procedures in force since before the records. */
export function inForce(code: string, name: string, extra: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    ...makeProcedureFields({
      code,
      name,
      levels: ['commune'],
      field: 'Hộ tịch',
      processingTime: '05 ngày làm việc',
    }),
    procedureId: code,
    effectiveFrom: null,
    effectiveTo: null,
    decisionId: null,
    ...extra,
  };
}

export const CATALOGUE = [
  inForce('1.000001', 'Đăng ký khai sinh'),
  inForce('1.000002', 'Đăng ký kết hôn'),
  inForce('1.000003', 'Đăng ký khai tử'),
];

/** A draft by lan, effective 15/12/2026, no items unless given. */
export function draftDecision(overrides: Partial<Decision> = {}): Decision {
  return makeDecision({
    id: 'd1',
    number: '',
    title: 'Công bố thủ tục hành chính lĩnh vực hộ tịch',
    state: 'draft',
    signedOn: null,
    effectiveOn: '2026-12-15',
    author: 'lan',
    ...overrides,
  });
}

export async function openEditor(decision: Decision = draftDecision(), signedInAs = 'lan') {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  server.baseline.push(...CATALOGUE);
  server.decisions.set(decision.id, decision);
  const view = renderConsole({ server, path: `/decisions/${decision.id}` });
  await screen.findByTestId('decision-editor');
  return view;
}

/** The PATCH bodies the console sent for a decision, parsed. */
export function patches(server: FakeServer, id = 'd1'): Record<string, unknown>[] {
  return server
    .requestsTo('PATCH', `/api/decisions/${id}`)
    .map((r) => JSON.parse(r.body) as Record<string, unknown>);
}
