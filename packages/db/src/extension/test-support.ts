import { type AuditFinding, buildCatalogueSnapshot, type CatalogueSnapshot } from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { NiemyetExtensionDb } from './database';
import type { StoredAudit } from './records';

let counter = 0;

/** A fresh database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDb(): NiemyetExtensionDb {
  counter++;
  return new NiemyetExtensionDb(`niemyet-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function smallSnapshot(
  asOf = '2025-01-01',
  names = ['Đăng ký khai sinh', 'Đăng ký kết hôn'],
): CatalogueSnapshot {
  const active = new Map(
    names.map((name, i) => [`1.00000${i + 1}`, makeVersion({ code: `1.00000${i + 1}`, name })]),
  );
  return buildCatalogueSnapshot({ asOf, active, upcoming: [], abolished: [] }, '2025-01-01T00:00:00.000Z');
}

export function makeFinding(overrides: Partial<AuditFinding> = {}): AuditFinding {
  return {
    status: 'match',
    procedureId: '1.000001',
    code: '1.000001',
    rawCode: '1.000001',
    name: 'Đăng ký khai sinh',
    matchedBy: 'code',
    diffs: [],
    candidates: [],
    since: null,
    decisionId: null,
    rowIndex: 0,
    evidence: {
      url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html',
      at: '2025-01-01T00:00:00.000Z',
      text: 'x',
    },
    ...overrides,
  };
}

export function makeAudit(overrides: Partial<StoredAudit> = {}): StoredAudit {
  return {
    id: 'a1',
    tabUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html',
    adapterId: 'national',
    readAt: '2025-01-01T00:00:00.000Z',
    catalogueHash: 'h',
    asOf: '2025-01-01',
    pullId: null,
    summary: { match: 1, changed: 0, abolished: 0, unknown: 0, notYetEffective: 0, missing: 0 },
    findings: [makeFinding()],
    ...overrides,
  };
}
