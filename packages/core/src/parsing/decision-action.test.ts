import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionAction } from '../model/decision';
import { decisionActionLabel, parseDecisionAction } from './decision-action';

const cases: [string, DecisionAction][] = [
  ['Mới ban hành', 'new'],
  ['Ban hành mới', 'new'],
  ['Công bố mới', 'new'],
  ['Thủ tục hành chính mới ban hành', 'new'],
  ['Nhóm công khai mới', 'new'],
  ['Sửa đổi, bổ sung', 'amended'],
  ['Sửa đổi bổ sung', 'amended'],
  ['Sửa đổi, bổ sung, thay thế', 'amended'],
  ['Danh mục thủ tục hành chính được sửa đổi, bổ sung', 'amended'],
  ['Thay thế', 'amended'],
  ['Được thay thế', 'amended'],
  ['Bãi bỏ', 'abolished'],
  ['Bị bãi bỏ', 'abolished'],
  ['TTHC bị bãi bỏ', 'abolished'],
  ['Hủy bỏ', 'abolished'],
  ['Huỷ bỏ', 'abolished'],
  ['new', 'new'],
  ['New', 'new'],
  ['amended', 'amended'],
  ['amend', 'amended'],
  ['replace', 'amended'],
  ['abolished', 'abolished'],
  ['abolish', 'abolished'],
];

describe('parseDecisionAction', () => {
  it.each(cases)('reads %j as %s', (raw, action) => {
    expect(parseDecisionAction(raw)).toBe(action);
  });

  it('reads NFD, upper-case, diacritic-less, NBSP and Ð spellings', () => {
    expect(parseDecisionAction('Bãi bỏ'.normalize('NFD'))).toBe('abolished');
    expect(parseDecisionAction('BÃI BỎ')).toBe('abolished');
    expect(parseDecisionAction('bai bo')).toBe('abolished');
    expect(parseDecisionAction('huy bo')).toBe('abolished');
    expect(parseDecisionAction('SUA DOI, BO SUNG')).toBe('amended');
    expect(parseDecisionAction('moi ban hanh')).toBe('new');
    expect(parseDecisionAction('Sửa\u00a0đổi,\u200b bổ sung ')).toBe('amended');
    expect(parseDecisionAction('Sửa \u00d0ổi, bổ sung')).toBe('amended');
  });

  it('returns null for unknown words and for texts naming several actions', () => {
    for (const text of [
      '',
      'Không rõ',
      'Cấp mới giấy phép',
      'Giữ nguyên',
      'keep',
      'Về việc công bố Danh mục thủ tục hành chính mới ban hành; được sửa đổi, bổ sung lĩnh vực Địa chất',
      'mới ban hành và bị bãi bỏ',
    ]) {
      expect(parseDecisionAction(text), text).toBeNull();
    }
  });

  it('property: the label of every action, in both languages and any case, reads back', () => {
    const action = fc.constantFrom<DecisionAction>('new', 'amended', 'abolished');
    fc.assert(
      fc.property(action, fc.constantFrom<'vi' | 'en'>('vi', 'en'), fc.boolean(), (a, lang, upper) => {
        const label = decisionActionLabel(a, lang);
        expect(parseDecisionAction(upper ? label.toLocaleUpperCase('vi') : label)).toBe(a);
      }),
    );
  });
});
