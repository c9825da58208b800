import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CSV_FILE,
  generateDecisionList,
  MALFORMED_CSV,
  MALFORMED_FILE,
  TRUTH_FILE,
} from '../fixtures/decisions/generate';

// The CLI tests read the checked-in files; they must be what the generator makes, or the
// truth would describe some other file.
describe('decision-list fixtures', () => {
  it('are the generator output', () => {
    const { csv, truth } = generateDecisionList();
    expect(readFileSync(CSV_FILE, 'utf8')).toBe(csv);
    expect(JSON.parse(readFileSync(TRUTH_FILE, 'utf8'))).toEqual(truth);
    expect(readFileSync(MALFORMED_FILE, 'utf8')).toBe(MALFORMED_CSV);
  });

  it('hold the Hòa Bình 2020 figures and the promised mess', () => {
    const { csv, truth } = generateDecisionList();
    expect(truth.report).toMatchObject({
      decisions: 68,
      items: 775,
      byAction: { new: 340, amended: 237, abolished: 198 },
      nationalDb: { entered: 577, removed: 198 },
    });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toMatch(/Không có mã số/);
    expect(csv).toMatch(/\d\.\d{6}\.000\.00\.00\.H\d\d/);
    expect(csv).toMatch(/,\d{1,2}-\d{1,2}-20\d\d,/);
    expect(csv).toMatch(/\u0301|\u0300|\u0323/); // NFD tone marks
    expect(csv).toMatch(/,"[^"]*,[^"]*",/); // quoted cells with commas
    expect(csv).toMatch(/mỚi BaN hÀnH|SỬA ĐỔI, BỔ SUNG|BÃI BỎ/);
  });
});
