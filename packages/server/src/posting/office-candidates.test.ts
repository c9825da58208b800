import {
  catalogueAt,
  createWorkingCalendar,
  DEFAULT_DEADLINE_RULES,
  foldCatalogue,
  type OfficeScope,
  OfficeScopeSchema,
  type ProcedureVersion,
  repostingChecklist,
} from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { indexCatalogue, stateForOffice } from './office-candidates';

function version(code: string, agency: string | null, levels: string[], field = 'Hộ tịch'): ProcedureVersion {
  return makeVersion({ code, name: `Thủ tục ${code}`, agency, levels, field });
}

describe('stateForOffice', () => {
  const baseline = [
    version('1.1', 'Sở Tư pháp', ['province']),
    version('1.2', 'SỞ TƯ PHÁP', ['province'], 'Luật sư'),
    version('1.3', 'Sở Xây dựng', ['province'], 'Xây dựng'),
    version('1.4', 'UBND cấp xã', ['commune']),
    version('1.5', null, ['commune', 'district']),
  ];
  const history = foldCatalogue(baseline, []);
  const state = catalogueAt(history, '2026-06-01');
  const index = indexCatalogue(state);
  const calendar = createWorkingCalendar();
  const scopes: OfficeScope[] = [
    OfficeScopeSchema.parse({ agencies: ['so tu phap'] }),
    OfficeScopeSchema.parse({ agencies: ['Sở Tư pháp'], fields: ['luat su'] }),
    OfficeScopeSchema.parse({ levels: ['commune'] }),
    OfficeScopeSchema.parse({ agencies: ['Sở Xây dựng', 'UBND cấp xã'], levels: ['commune'] }),
  ];

  it('gives each office the checklist core computes over the whole catalogue', () => {
    const posted = [{ procedureId: '1.3', fields: baseline[2]!, postedOn: '2026-01-01', postedBy: 'lan' }];
    for (const scope of scopes) {
      const input = { scope, history, at: '2026-06-01', posted, calendar, rules: DEFAULT_DEADLINE_RULES };
      const narrowed = stateForOffice(state, index, scope, ['1.3']);
      const whole = repostingChecklist(input);
      expect(whole.items.length + whole.upcoming.length).toBeGreaterThan(0);
      expect(repostingChecklist({ ...input, state: narrowed })).toEqual(whole);
    }
  });

  it('keeps only the candidates and what the office posted', () => {
    const narrowed = stateForOffice(state, index, scopes[0]!, ['1.4']);
    expect([...narrowed.active.keys()].sort()).toEqual(['1.1', '1.2', '1.4']);
  });
});
