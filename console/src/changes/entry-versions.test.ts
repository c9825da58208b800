import { makeProcedureFields, type ProcedureVersion } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { entryVersions } from './entry-versions';

const version = (
  decisionId: string | null,
  effectiveFrom: string | null,
  effectiveTo: string | null,
  name: string,
): ProcedureVersion => ({
  ...makeProcedureFields({ code: '1.000001', name }),
  procedureId: '1.000001',
  decisionId,
  effectiveFrom,
  effectiveTo,
});

const versions = [
  version(null, null, '2020-03-01', 'Bản gốc'),
  version('d-amend', '2020-03-01', '2021-01-01', 'Bản sửa'),
];

describe('entryVersions', () => {
  it('pairs an amendment with the version it replaced', () => {
    const found = entryVersions(
      { action: 'amended', decisionId: 'd-amend', occurredOn: '2020-03-01' },
      versions,
    );
    expect(found).toMatchObject({ kind: 'amended', before: { name: 'Bản gốc' }, after: { name: 'Bản sửa' } });
  });

  it('finds the version a national-database entry recorded by its decision, whatever the day', () => {
    const found = entryVersions(
      { action: 'amended', decisionId: 'd-amend', occurredOn: '2020-04-15' },
      versions,
    );
    expect(found).toMatchObject({ kind: 'amended', after: { name: 'Bản sửa' } });
  });

  it('shows the version an abolition ended', () => {
    expect(
      entryVersions({ action: 'abolished', decisionId: 'd-end', occurredOn: '2021-01-01' }, versions),
    ).toMatchObject({ kind: 'abolished', ended: { name: 'Bản sửa' }, on: '2021-01-01' });
  });

  it('says so when no version matches (a decision the server no longer holds)', () => {
    expect(
      entryVersions({ action: 'new', decisionId: 'd-gone', occurredOn: '2020-01-01' }, versions),
    ).toEqual({
      kind: 'missing',
    });
  });
});
