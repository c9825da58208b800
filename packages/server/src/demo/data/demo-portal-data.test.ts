import { describe, expect, it } from 'vitest';
import agencies from '../../../../../tests/fixtures/national-portal/agencies.json';
import fields from '../../../../../tests/fixtures/national-portal/fields.json';
import business from '../../../../../tests/fixtures/national-portal/procedures-business.json';
import citizen from '../../../../../tests/fixtures/national-portal/procedures-citizen.json';
import committed from './demo-portal-data.json';
import { extractDemoPortalData } from './portal-extract';

describe('the demo data committed beside the server', () => {
  it('is still what the national portal fixtures give (re-run packages/server/scripts/extract-demo-data.ts)', () => {
    expect(committed).toEqual(extractDemoPortalData({ citizen, business, fields, agencies }));
  });

  it('keeps every code of the 3,000 listed rows once, and knows who each procedure serves', () => {
    const codes = new Set([...citizen, ...business].map((row) => row.TTHC_MA));
    expect(citizen.length + business.length).toBe(3000);
    expect(committed.procedures.map(([code]) => code).sort()).toEqual([...codes].sort());
    const both = committed.procedures.filter(([, , audience]) => audience === 'both');
    expect(both.length).toBe(citizen.length + business.length - codes.size);
    expect(committed.fields.length).toBeGreaterThan(400);
    expect(committed.agencies).toContain('Bộ Tư pháp');
  });
});
