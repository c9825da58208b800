import type { ChangeLogRow } from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS } from '../testing/render-console';

/**
 * An office for the change-log tests: a baseline procedure amended by 12/QĐ-UBND and abolished
 * by 30/QĐ-UBND, and a new procedure entered on the national database, with the log's three
 * entries as the server would list them.
 */

export function changeLogRow(seq: number, overrides: Partial<ChangeLogRow>): ChangeLogRow {
  return {
    seq,
    kind: 'published',
    recordedAt: '2026-01-02T03:00:00.000Z',
    occurredOn: '2024-01-01',
    decisionId: 'qd-1',
    decisionNumber: '12/QĐ-UBND',
    itemId: `item-${seq}`,
    action: 'amended',
    procedureId: '1.000001',
    code: '1.000001',
    name: 'Đăng ký khai sinh',
    levels: ['commune'],
    actor: 'lan',
    prevHash: String(seq - 1).padStart(64, '0'),
    hash: String(seq).padStart(64, 'a'),
    field: 'Hộ tịch',
    agency: 'UBND cấp xã',
    signedOn: '2023-12-20',
    ...overrides,
  };
}

export function changeLogOffice(signedInAs = 'lan'): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  server.baseline.push(
    makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', steps: 'Nộp hồ sơ tại UBND xã', fees: null }),
  );
  server.decisions.set(
    'qd-1',
    makeDecision({
      id: 'qd-1',
      number: '12/QĐ-UBND',
      signedOn: '2023-12-20',
      effectiveOn: '2024-01-01',
      items: [
        makeItem({
          action: 'amended',
          code: '1.000001',
          changes: { steps: 'Nộp hồ sơ tại UBND xã hoặc trực tuyến', fees: 'Miễn phí' },
        }),
      ],
    }),
  );
  server.decisions.set(
    'qd-4',
    makeDecision({
      id: 'qd-4',
      number: '30/QĐ-UBND',
      signedOn: '2025-02-01',
      effectiveOn: '2025-03-01',
      items: [makeItem({ action: 'abolished', code: '1.000001' })],
    }),
  );
  server.changes.rows = [
    changeLogRow(1, {}),
    changeLogRow(2, {
      occurredOn: '2025-03-01',
      decisionId: 'qd-4',
      decisionNumber: '30/QĐ-UBND',
      action: 'abolished',
      signedOn: '2025-02-01',
    }),
    changeLogRow(3, {
      kind: 'national-db-entered',
      occurredOn: '2025-04-10',
      decisionId: 'qd-9',
      decisionNumber: '45/QĐ-UBND',
      action: 'new',
      procedureId: '2.000002',
      code: '2.000002',
      name: 'Cấp giấy phép xây dựng',
      levels: ['province'],
      field: 'Xây dựng',
      agency: 'Sở Xây dựng',
      signedOn: '2025-03-20',
    }),
  ];
  return server;
}
