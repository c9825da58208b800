import { describe, expect, it } from 'vitest';
import { parseRelationsText } from './relations-text';

describe('parseRelationsText', () => {
  it('reads verbs and numbers as registries write them', () => {
    expect(parseRelationsText('sửa đổi 43/2014/NĐCP; thay thế 01 /2018/TT-VPCP')).toEqual({
      ok: true,
      relations: [
        { kind: 'amends', target: '43/2014/NĐ-CP' },
        { kind: 'replaces', target: '01/2018/TT-VPCP' },
      ],
    });
    expect(
      parseRelationsText(
        'Sửa đổi, bổ sung một số điều của Nghị định số 43/2014/NĐ-CP\nBãi bỏ 5/2019/QĐ-UBND và 6/2019/QĐ-UBND',
      ),
    ).toEqual({
      ok: true,
      relations: [
        { kind: 'amends', target: '43/2014/NĐ-CP' },
        { kind: 'abolishes', target: '5/2019/QĐ-UBND' },
        { kind: 'abolishes', target: '6/2019/QĐ-UBND' },
      ],
    });
    expect(parseRelationsText('thay thế 43/2014/nđ-cp')).toEqual({
      ok: true,
      relations: [{ kind: 'replaces', target: '43/2014/NĐ-CP' }],
    });
    expect(parseRelationsText('')).toEqual({ ok: true, relations: [] });
  });

  it('names the parts it cannot read', () => {
    expect(parseRelationsText('căn cứ 43/2014/NĐ-CP; thay thế văn bản cũ')).toEqual({
      ok: false,
      problems: [
        { part: 'căn cứ 43/2014/NĐ-CP', reason: 'no-verb' },
        { part: 'thay thế văn bản cũ', reason: 'no-number' },
      ],
    });
  });
});
