import {
  formatVietnameseDate,
  type ProcedureVersion,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
} from '@niemyet/core';
import type { Client } from '@niemyet/server/testing';
import type { PortalSimulator } from '../portal-sim/server';

/**
 * The simulator's catalogue as the team's: its procedures in force and coming as the
 * workspace's baseline, its abolished procedures listed there and abolished by a decision list.
 * Shared by the watch suites and the watch benchmark, so both audit against the same catalogue.
 */
export async function loadSimCatalogue(sim: PortalSimulator, drafter: Client): Promise<void> {
  const { catalogue, records } = sim.dataset;
  const abolishedVersions: ProcedureVersion[] = catalogue.abolished.map((a) => ({
    ...records.get(a.code!)!.fields,
    procedureId: a.procedureId,
    effectiveFrom: '2015-01-01',
    effectiveTo: null,
    decisionId: null,
  }));
  const baseline = [...catalogue.active, ...catalogue.upcoming, ...abolishedVersions].map((v) => ({
    ...v,
    decisionId: null,
  }));
  const bundle = await drafter.post('/api/imports/workspace', {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: new Date().toISOString(),
    baseline,
  });
  if (bundle.status !== 200)
    throw new Error(`workspace import: HTTP ${bundle.status} ${JSON.stringify(bundle.body)}`);
  const csv = [
    'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
    ...catalogue.abolished.map((a) => {
      const date = formatVietnameseDate(a.abolishedOn);
      const fields = records.get(a.code!)!.fields;
      const cell = (s: string | null) => `"${(s ?? '').replaceAll('"', '""')}"`;
      return [
        `BB-${a.abolishedOn}/QĐ-UBND`,
        date,
        date,
        'Bãi bỏ',
        a.code,
        cell(a.name),
        '',
        cell(fields.field),
        cell(fields.agency),
        '1/2020/QĐ-UBND',
      ].join(',');
    }),
  ].join('\n');
  const imported = await drafter.request('POST', '/api/imports/decisions', { text: csv });
  if (imported.status !== 200)
    throw new Error(`decision import: HTTP ${imported.status} ${JSON.stringify(imported.body)}`);
}
