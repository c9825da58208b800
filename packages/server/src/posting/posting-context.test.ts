import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { rulesWithDefaults } from './posting-context';

const older = DEFAULT_DEADLINE_RULES.filter((rule) => rule.subject !== 'office-reposted');

describe('rulesWithDefaults', () => {
  it('gives a workspace that saved its rules before re-posting existed the default re-posting rule', () => {
    const rules = rulesWithDefaults(older);
    expect(rules.filter((rule) => rule.subject === 'office-reposted').map((rule) => rule.id)).toEqual([
      'office-reposted-after-change',
    ]);
    expect(rules.slice(0, older.length)).toEqual(older);
  });

  it("keeps the workspace's own re-posting rule and adds no default beside it", () => {
    const own: DeadlineRule = {
      ...DEFAULT_DEADLINE_RULES.find((rule) => rule.subject === 'office-reposted')!,
      id: 'tinh-3-ngay',
      workingDays: 3,
    };
    const rules = rulesWithDefaults([...older, own]);
    expect(rules.filter((rule) => rule.subject === 'office-reposted')).toEqual([own]);
  });

  it('is the defaults when the table is empty', () => {
    expect(rulesWithDefaults([])).toEqual(DEFAULT_DEADLINE_RULES);
  });
});
