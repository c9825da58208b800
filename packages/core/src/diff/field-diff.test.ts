import { describe, expect, it } from 'vitest';
import type { LegalRef, SubmissionMethod } from '../model/procedure';
import { diffProcedureFields, summarizeFieldDiff } from './field-diff';

const ref = (number: string): LegalRef => ({ number, title: null, issuedOn: null, issuer: null });
const method = (channel: string, processingTime: string, fees: string | null = null): SubmissionMethod => ({
  channel,
  processingTime,
  fees,
  description: null,
});

describe('diffProcedureFields', () => {
  it('finds nothing when text differs only in normalisation', () => {
    const diffs = diffProcedureFields(
      {
        name: 'Đăng ký khai sinh',
        agency: 'Ủy ban nhân dân cấp xã',
        fees: null,
        processingTime: 'Trong ngày',
      },
      {
        name: 'Đăng ký khai sinh'.normalize('NFD'),
        agency: 'Uỷ ban nhân dân  cấp xã',
        fees: '',
        processingTime: 'TRONG NGÀY',
      },
    );
    expect(diffs).toEqual([]);
  });

  it('gives a word diff for a changed text field', () => {
    const [diff, ...rest] = diffProcedureFields(
      { name: 'Đăng ký khai sinh', processingTime: '05 ngày làm việc' },
      { name: 'Đăng ký khai sinh', processingTime: '03 ngày làm việc' },
    );
    expect(rest).toEqual([]);
    expect(diff).toEqual({
      field: 'processingTime',
      kind: 'text',
      expected: '05 ngày làm việc',
      actual: '03 ngày làm việc',
      parts: [
        { kind: 'removed', text: '05' },
        { kind: 'added', text: '03' },
        { kind: 'same', text: ' ngày làm việc' },
      ],
      added: [],
      removed: [],
    });
  });

  it('compares only the fields present on both sides', () => {
    const diffs = diffProcedureFields(
      { name: 'Cấp giấy phép xây dựng', fees: '50.000 đồng', agency: 'Sở Xây dựng' },
      { name: 'Cấp giấy phép xây dựng', fees: '75.000 đồng', field: 'Xây dựng' },
    );
    expect(diffs.map((d) => [d.field, d.expected, d.actual])).toEqual([
      ['fees', '50.000 đồng', '75.000 đồng'],
    ]);
  });

  it('compares legal bases as a set of documents, whatever the spelling of their numbers', () => {
    const diffs = diffProcedureFields(
      { legalBasis: [ref('63/2010/NĐ-CP'), ref('42/2022/NĐ-CP'), ref('01/2018/TT-VPCP')] },
      {
        legalBasis: [
          ref('01 /2018/TT-VPCP'),
          ref('42/2022/NĐCP'),
          ref('42/2022/NĐ-CP'),
          ref('107/2021/NĐ-CP'),
        ],
      },
    );
    expect(diffs).toEqual([
      {
        field: 'legalBasis',
        kind: 'list',
        expected: '63/2010/NĐ-CP; 42/2022/NĐ-CP; 01/2018/TT-VPCP',
        actual: '01 /2018/TT-VPCP; 42/2022/NĐCP; 42/2022/NĐ-CP; 107/2021/NĐ-CP',
        parts: null,
        added: ['107/2021/NĐ-CP'],
        removed: ['63/2010/NĐ-CP'],
      },
    ]);
  });

  it('compares levels as a set', () => {
    expect(
      diffProcedureFields({ levels: ['province', 'district'] }, { levels: ['district', 'province'] }),
    ).toEqual([]);
    const [diff] = diffProcedureFields(
      { levels: ['province', 'district'] },
      { levels: ['province', 'commune'] },
    );
    expect([diff?.added, diff?.removed]).toEqual([['commune'], ['district']]);
  });

  it('compares submission methods by their content, in any order', () => {
    const online = method('Trực tuyến', '5 ngày làm việc', 'Lệ phí: 10.000 đồng');
    const direct = method('Trực tiếp', '7 ngày làm việc');
    expect(diffProcedureFields({ methods: [direct, online] }, { methods: [online, direct] })).toEqual([]);
    const [diff] = diffProcedureFields(
      { methods: [direct, online] },
      { methods: [{ ...direct, processingTime: '10 ngày làm việc' }, online] },
    );
    expect(diff).toMatchObject({
      field: 'methods',
      kind: 'list',
      removed: ['Trực tiếp — 7 ngày làm việc'],
      added: ['Trực tiếp — 10 ngày làm việc'],
    });
  });

  it('counts a repeated dossier component as a difference', () => {
    const form = {
      name: 'Tờ khai đăng ký khai sinh',
      originals: '1',
      copies: null,
      template: null,
      group: null,
    };
    const [diff] = diffProcedureFields({ dossier: [form] }, { dossier: [form, form] });
    expect(diff?.added).toEqual(['Tờ khai đăng ký khai sinh (bản chính: 1)']);
    expect(diff?.removed).toEqual([]);
  });

  it('leaves portal references out unless asked', () => {
    const expected = { portalRefs: [{ url: 'https://a.example/1', portalId: null }] };
    const actual = { portalRefs: [{ url: 'https://b.example/1', portalId: null }] };
    expect(diffProcedureFields(expected, actual)).toEqual([]);
    expect(diffProcedureFields(expected, actual, { fields: ['portalRefs'] }).map((d) => d.added)).toEqual([
      ['https://b.example/1'],
    ]);
  });

  it('keeps the two values and reports parts null when the word diff times out', () => {
    const long = (seed: number) =>
      Array.from(
        { length: 4000 },
        (_, i) => ['hồ', 'sơ', 'bản', 'sao', 'phí'][(i * seed + (i >> 3)) % 5],
      ).join(' ');
    const [diff] = diffProcedureFields({ steps: long(3) }, { steps: long(7) }, { timeoutMs: 1 });
    expect(diff?.parts).toBeNull();
    expect(diff?.expected).toBe(long(3));
  });
});

describe('summarizeFieldDiff', () => {
  it('gives the strings an audit report records', () => {
    const [text] = diffProcedureFields({ fees: null }, { fees: '2.000 đồng/trang' });
    expect(summarizeFieldDiff(text!)).toEqual({ field: 'fees', expected: '', actual: '2.000 đồng/trang' });
    const [list] = diffProcedureFields({ levels: ['province'] }, { levels: ['commune'] });
    expect(summarizeFieldDiff(list!)).toEqual({ field: 'levels', expected: 'province', actual: 'commune' });
  });
});
