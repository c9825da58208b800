import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../changelog/chain';
import { decisionRevisionHash } from '../../decisions/revision';
import { WorkspaceBundleSchema } from '../../model/workspace-bundle';
import { formatCsvIssue } from '../csv-issue';
import { type DecisionCsvResult, importDecisionCsv } from './import';

const OPTIONS = { fileName: 'ds.csv', importedAt: '2024-05-06T07:08:09.000Z' };

const EN_HEADER =
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis,national_db_on';

function ok(result: DecisionCsvResult) {
  if (!result.ok) throw new Error(`expected success, got:\n${result.errors.map(formatCsvIssue).join('\n')}`);
  return result;
}

function failed(result: DecisionCsvResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map(formatCsvIssue);
}

describe('importDecisionCsv: reading the rows', () => {
  it('imports English headers into issued decisions with a verified change log', () => {
    const csv = [
      EN_HEADER,
      '12/QĐ-UBND,03/02/2020,05/02/2020,new,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,UBND cấp xã,Luật 60/2014/QH13,06/02/2020',
      '12/QĐ-UBND,03/02/2020,05/02/2020,new,2.000815,Cấp giấy phép X,Cấp Tỉnh,Xây dựng,Sở Xây dựng,,',
      '40/QĐ-UBND,01/06/2020,10/06/2020,amended,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,,,12/06/2020',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(warnings).toEqual([]);
    expect(WorkspaceBundleSchema.parse(bundle)).toEqual(bundle);
    expect(bundle.exportedAt).toBe(OPTIONS.importedAt);
    expect(bundle.baseline).toEqual([]);
    expect(bundle.decisions.map((d) => [d.number, d.signedOn, d.effectiveOn, d.items.length])).toEqual([
      ['12/QĐ-UBND', '2020-02-03', '2020-02-05', 2],
      ['40/QĐ-UBND', '2020-06-01', '2020-06-10', 1],
    ]);
    const first = bundle.decisions[0]!;
    expect(first.state).toBe('issued');
    expect(first.author).toBe('import');
    expect(first.revisionHash).toBe(decisionRevisionHash(first));
    expect(first.transitions).toEqual([
      { from: null, to: 'issued', actor: 'import', at: OPTIONS.importedAt, comment: 'Nhập từ ds.csv' },
    ]);
    expect(first.items[0]).toMatchObject({
      action: 'new',
      procedureId: '1.004227',
      code: '1.004227',
      name: 'Đăng ký khai sinh',
      nationalDbOn: '2020-02-06',
      changes: {
        code: '1.004227',
        name: 'Đăng ký khai sinh',
        levels: ['commune'],
        field: 'Hộ tịch',
        agency: 'UBND cấp xã',
        legalBasis: [{ number: '60/2014/QH13', title: 'Luật 60/2014/QH13', issuedOn: null, issuer: null }],
      },
    });
    // An empty cell is "not stated": the amended item changes only what its row gives.
    expect(bundle.decisions[1]!.items[0]!.changes).toEqual({
      name: 'Đăng ký khai sinh',
      levels: ['commune'],
      field: 'Hộ tịch',
    });
    // 3 published + 2 national-database entries, chained.
    expect(bundle.changeLog.map((e) => [e.seq, e.kind, e.code, e.decisionNumber])).toEqual([
      [1, 'published', '1.004227', '12/QĐ-UBND'],
      [2, 'published', '2.000815', '12/QĐ-UBND'],
      [3, 'national-db-entered', '1.004227', '12/QĐ-UBND'],
      [4, 'published', '1.004227', '40/QĐ-UBND'],
      [5, 'national-db-entered', '1.004227', '40/QĐ-UBND'],
    ]);
    expect(bundle.changeLog.every((e) => e.actor === 'import' && e.recordedAt === OPTIONS.importedAt)).toBe(
      true,
    );
    expect(verifyChangeLog(bundle.changeLog)).toEqual({ ok: true, count: 5 });
  });

  it('reads Vietnamese headers in any order, with a BOM, semicolons and quoted cells', () => {
    const nfdName = 'Đăng ký kết hôn, có yếu tố nước ngoài'.normalize('NFD');
    const csv = [
      '\ufeffLĩnh vực;Hình thức;Tên TTHC;Số quyết định;Mã TTHC;Ngày hiệu lực;Cấp thực hiện;Ngày ký',
      `Hộ tịch;mỚi BAN hành;"${nfdName}";"2751/QĐ-UBND";1.001612.000.00.00.H01;15-9-2020;"Cấp Huyện, Cấp Xã";9/9/2020`,
      'Hộ tịch;THAY THẾ;"Cấp bản sao\ntrích lục hộ tịch";2751/QĐ-UBND;1.012753.H19;15/09/2020;cấp huyện;09-09-2020',
    ].join('\r\n');
    const { bundle } = ok(importDecisionCsv(csv, OPTIONS));
    expect(bundle.decisions).toHaveLength(1);
    const [created, amended] = bundle.decisions[0]!.items;
    // NFD text is stored composed; the name is otherwise kept as written.
    expect(created!.name).toBe('Đăng ký kết hôn, có yếu tố nước ngoài');
    expect(created!.name).toBe(created!.name.normalize('NFC'));
    expect(created).toMatchObject({ action: 'new', code: '1.001612', rawCode: '1.001612.000.00.00.H01' });
    expect(created!.changes.levels).toEqual(['district', 'commune']);
    // A line break inside a quoted cell is whitespace in the name.
    expect(amended).toMatchObject({
      action: 'amended',
      code: '1.012753',
      name: 'Cấp bản sao trích lục hộ tịch',
    });
    expect(bundle.decisions[0]!.signedOn).toBe('2020-09-09');
    expect(bundle.decisions[0]!.effectiveOn).toBe('2020-09-15');
    expect(bundle.decisions[0]!.scope).toEqual({
      agency: null,
      fields: ['Hộ tịch'],
      levels: ['district', 'commune'],
    });
  });

  it('accepts alternative headers, notes in brackets and title rows above the header', () => {
    const csv = [
      'DANH MỤC QUYẾT ĐỊNH CÔNG BỐ TTHC NĂM 2020,,,,,',
      ',,,,,',
      'STT,Số QĐ,Ngày ban hành,Ngày có hiệu lực,Mã thủ tục (nếu có),Tên thủ tục,Hình thức công bố',
      '1,5/QĐ-UBND,2/1/2020,2/1/2020,1.000001,Thủ tục A,Bãi bỏ',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(bundle.decisions[0]!.items[0]).toMatchObject({
      action: 'abolished',
      code: '1.000001',
      name: 'Thủ tục A',
    });
    expect(bundle.decisions[0]!.effectiveOn).toBe('2020-01-02');
    // The only warning is the baseline record: "STT" is a known row-number column.
    expect(warnings.map((w) => w.row)).toEqual([4]);
  });

  it('warns about unknown columns and ignores them', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Ghi chú,Ngày ký,Ngày hiệu lực',
      '1/QĐ-UBND,Mới,Thủ tục A,xem lại,1/1/2020,1/1/2020',
    ].join('\n');
    const { warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(warnings).toEqual([
      {
        code: 'unknown-column',
        params: { header: 'Ghi chú' },
        row: 1,
        column: 'Ghi chú',
        message: 'cột không nhận ra, bỏ qua (unknown column, ignored)',
      },
    ]);
  });

  it('groups rows by the normalised decision number', () => {
    const csv = [
      'Số quyết định,Ngày ký,Hình thức,Mã TTHC,Tên TTHC',
      '123/QD-UBND,3/2/2020,Mới ban hành,1.000001,A',
      '123/QĐ-UBND,03/02/2020,Mới ban hành,1.000002,B',
      '"123/qđ-ubnd.",3-2-2020,Mới ban hành,1.000003,C',
      'Số: 123 /QĐ-UBND,2020-02-03,Mới ban hành,1.000004,D',
      '"Số 124/qđ-ubnd.",2020-02-04,Mới ban hành,1.000005,E',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    // The canonical number most rows agree on, whatever the first row wrote.
    expect(bundle.decisions.map((d) => d.number)).toEqual(['123/QĐ-UBND', '124/QĐ-UBND']);
    expect(bundle.decisions[0]!.items.map((i) => i.code)).toEqual([
      '1.000001',
      '1.000002',
      '1.000003',
      '1.000004',
    ]);
    // Without an effective-date column decisions take effect on signing, and the import says so once.
    expect(bundle.decisions[0]!.effectiveOn).toBe('2020-02-03');
    expect(warnings).toEqual([
      {
        code: 'no-effective-column',
        params: {},
        row: 1,
        column: null,
        message:
          'không có cột «Ngày hiệu lực»: các quyết định lấy ngày ký làm ngày hiệu lực (no effective-date column: decisions take effect on their signed date)',
      },
    ]);
  });

  it('takes the same number in another year for another decision (numbers restart yearly)', () => {
    const csv = [
      EN_HEADER,
      '12/QĐ-UBND,03/02/2020,05/02/2020,new,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,,,',
      '12/QĐ-UBND,07/01/2021,10/01/2021,amended,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,,,',
      '12/QĐ-UBND,07/01/2021,10/01/2021,new,2.000815,Cấp giấy phép X,Cấp Tỉnh,Xây dựng,,,',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(bundle.decisions.map((d) => [d.number, d.signedOn, d.items.length])).toEqual([
      ['12/QĐ-UBND', '2020-02-03', 1],
      ['12/QĐ-UBND', '2021-01-07', 2],
    ]);
    expect(new Set(bundle.decisions.map((d) => d.id)).size).toBe(2);
    expect(warnings.map(formatCsvIssue)).toEqual([
      'Dòng 3, cột «signed_on»: số quyết định 12/QĐ-UBND có ở các năm 2020, 2021: coi là 2 quyết định khác nhau (the same number in different years is a different decision)',
    ]);
    // Within one year, rows of one number must still agree on its dates.
    const clash = importDecisionCsv(
      [
        EN_HEADER,
        '12/QĐ-UBND,03/02/2020,,new,1.004227,A,,,,,',
        '12/QĐ-UBND,04/02/2020,,new,2.000815,B,,,,,',
      ].join('\n'),
      OPTIONS,
    );
    expect(failed(clash)[0]).toContain('Dòng 3, cột «signed_on»');
  });

  it('takes the signed date when the effective date is empty or says "kể từ ngày ký"', () => {
    const csv = [
      'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Tên TTHC',
      '1/QĐ-UBND,01/03/2020,,Mới ban hành,A',
      '2/QĐ-UBND,02/03/2020,Kể từ ngày ký,Mới ban hành,B',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(bundle.decisions.map((d) => d.effectiveOn)).toEqual(['2020-03-01', '2020-03-02']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ row: 2, column: 'Ngày hiệu lực' });
  });

  it('splits the legal basis into references and uses it as the abolishing document', () => {
    const csv = [
      'Số quyết định,Ngày ký,Hình thức,Mã TTHC,Tên TTHC,Căn cứ pháp lý',
      '1/QĐ-UBND,01/03/2020,Mới ban hành,1.000001,A,"Luật 80/2015/QH13; Nghị định 34/2016/NĐCP\n- Thông tư số 01 /2018/TT-VPCP"',
      '1/QĐ-UBND,01/03/2020,Mới ban hành,1.000002,B,"Luật 80/2015/QH13, Nghị định 45/2020/NĐ-CP"',
      '2/QĐ-UBND,01/04/2020,Bãi bỏ,1.000001,A,Quyết định 99/2019/QĐ-UBND ngày 01/12/2019',
    ].join('\n');
    const { bundle } = ok(importDecisionCsv(csv, OPTIONS));
    const [a, b] = bundle.decisions[0]!.items;
    expect(a!.changes.legalBasis?.map((r) => r.number)).toEqual([
      '80/2015/QH13',
      '34/2016/NĐ-CP',
      '01/2018/TT-VPCP',
    ]);
    expect(b!.changes.legalBasis?.map((r) => r.number)).toEqual(['80/2015/QH13', '45/2020/NĐ-CP']);
    const abolished = bundle.decisions[1]!.items[0]!;
    expect(abolished.changes).toEqual({});
    expect(abolished.causeDocument).toEqual({
      number: '99/2019/QĐ-UBND',
      title: 'Quyết định 99/2019/QĐ-UBND ngày 01/12/2019',
      issuedOn: null,
      issuer: null,
    });
  });
});

describe('importDecisionCsv: procedures without a code', () => {
  const csv = [
    'Số quyết định,Ngày ký,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện',
    '1/QĐ-UBND,01/03/2020,Mới ban hành,Không có mã số,Thủ tục địa phương A,Cấp Tỉnh',
    '1/QĐ-UBND,01/03/2020,Mới ban hành,,Thủ tục địa phương B,Cấp Tỉnh',
    '9/QĐ-UBND,01/09/2020,Bãi bỏ,KHÔNG CÓ MÃ SỐ,Thủ tục địa phương a,Cấp Tỉnh',
  ].join('\n');

  it('gives them deterministic local ids and links a later item by name', () => {
    const first = ok(importDecisionCsv(csv, OPTIONS)).bundle;
    const again = ok(importDecisionCsv(csv, { ...OPTIONS, importedAt: '2025-01-01T00:00:00Z' })).bundle;
    const [a, b] = first.decisions[0]!.items;
    expect(a!.procedureId).toMatch(/^local:[0-9a-f]{16}$/);
    expect(a!.code).toBeNull();
    expect(a!.rawCode).toBe('Không có mã số');
    expect(b!.procedureId).not.toBe(a!.procedureId);
    expect(again.decisions[0]!.items.map((i) => i.procedureId)).toEqual([a!.procedureId, b!.procedureId]);
    // The abolition names the same procedure (case aside) without a code: it is the same one.
    expect(first.decisions[1]!.items[0]!.procedureId).toBe(a!.procedureId);
    expect(first.baseline).toEqual([]);
  });
});

describe('importDecisionCsv: history that starts in the middle', () => {
  it('creates a baseline record for procedures amended or abolished before anything introduced them', () => {
    const csv = [
      'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện',
      // Listed first but effective later: amends what decision 5 introduces, so no baseline.
      '30/QĐ-UBND;01/06/2020;01/07/2020;Sửa đổi, bổ sung;1.000002;Thủ tục B (sửa);Cấp Huyện;;',
      '5/QĐ-UBND;10/01/2020;15/01/2020;Mới ban hành;1.000002;Thủ tục B;Cấp Huyện;Đất đai;UBND huyện',
      '5/QĐ-UBND;10/01/2020;15/01/2020;Sửa đổi, bổ sung;1.000003;Thủ tục C;Cấp Tỉnh;Đất đai;Sở TN&MT',
      '30/QĐ-UBND;01/06/2020;01/07/2020;Bãi bỏ;1.000004.H19;Thủ tục D;Cấp Xã;Hộ tịch;UBND xã',
      '30/QĐ-UBND;01/06/2020;01/07/2020;Bãi bỏ;1.000003;Thủ tục C;;;',
    ].join('\n');
    const { bundle, warnings } = ok(importDecisionCsv(csv, OPTIONS));
    expect(bundle.decisions.map((d) => d.number)).toEqual(['5/QĐ-UBND', '30/QĐ-UBND']);
    expect(bundle.baseline).toEqual([
      expect.objectContaining({
        procedureId: '1.000003',
        code: '1.000003',
        name: 'Thủ tục C',
        levels: ['province'],
        field: 'Đất đai',
        agency: 'Sở TN&MT',
        effectiveFrom: null,
        decisionId: null,
      }),
      expect.objectContaining({
        procedureId: '1.000004',
        name: 'Thủ tục D',
        levels: ['commune'],
        effectiveFrom: null,
      }),
    ]);
    expect(warnings.map((w) => [w.row, w.column])).toEqual([
      [4, 'Mã TTHC'],
      [5, 'Mã TTHC'],
    ]);
    expect(warnings[0]!.message).toContain('bản ghi nền');
    // The abolition of C (row 6, no levels in the row) is logged with the levels known before it.
    const abolishedC = bundle.changeLog.find((e) => e.procedureId === '1.000003' && e.action === 'abolished');
    expect(abolishedC?.levels).toEqual(['province']);
  });
});

describe('importDecisionCsv: errors', () => {
  it('names the row and column of an invalid date', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Ngày ký',
      '1/QĐ-UBND,Mới,A,01/01/2020',
      '2/QĐ-UBND,Mới,B,31/02/2020',
    ].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 3, cột «Ngày ký»: ngày không hợp lệ «31/02/2020» (invalid date)',
    ]);
  });

  it('reports every error in the file at once, in file order, and nothing else', () => {
    const csv = [
      'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Ngày cập nhật CSDLQG',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;1.000001;A;',
      ';01/01/2020;;Mới ban hành;1.000002;B;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Đình chỉ;1.000003;C;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;12345;D;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;1.000005;;',
      '1/QĐ-UBND;02/01/2020;01/01/2020;Mới ban hành;1.000006;F;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;1.000001;A lần hai;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;1.000008;H;hôm qua',
      '2/QĐ-UBND;;;Mới ban hành;1.000009;I;',
      '1/QĐ-UBND;01/01/2020;01/01/2020;Mới ban hành;1.000010;J, K;;thừa',
    ].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 3, cột «Số quyết định»: thiếu số quyết định (the decision number is empty)',
      'Dòng 4, cột «Hình thức»: hình thức không hợp lệ «Đình chỉ»; dùng «Mới ban hành», «Sửa đổi, bổ sung», «Thay thế» hoặc «Bãi bỏ» (unknown action)',
      'Dòng 5, cột «Mã TTHC»: mã thủ tục không hợp lệ «12345»; để trống hoặc ghi «Không có mã số» nếu chưa có mã (invalid procedure code)',
      'Dòng 6, cột «Tên TTHC»: thiếu tên thủ tục (the procedure name is empty)',
      'Dòng 7, cột «Ngày ký»: ngày ký «02/01/2020» khác với dòng 2 của cùng quyết định 1/QĐ-UBND («01/01/2020») (rows of one decision must agree on its signed date)',
      'Dòng 8, cột «Mã TTHC»: thủ tục này đã có ở dòng 2 của cùng quyết định 1/QĐ-UBND (the procedure appears twice in one decision)',
      'Dòng 9, cột «Ngày cập nhật CSDLQG»: ngày không hợp lệ «hôm qua» (invalid date)',
      'Dòng 10, cột «Ngày hiệu lực»: thiếu cả ngày hiệu lực và ngày ký: không xác định được ngày áp dụng (no effective date and no signed date)',
      'Dòng 11: dòng có 8 ô, nhiều hơn 7 cột của tiêu đề; có thể một ô chứa dấu phân cách mà không đặt trong ngoặc kép (the row has more cells than the header: an unquoted delimiter inside a cell?)',
    ]);
  });

  it('takes a first row with only some known columns as the header, naming what it lacks', () => {
    const csv = ['Số quyết định,Ghi chú', '1/QĐ-UBND,x'].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 1: thiếu cột bắt buộc «Hình thức» (missing required column action)',
      'Dòng 1: thiếu cột bắt buộc «Tên TTHC» (missing required column name)',
    ]);
  });

  it('refuses a file without the required columns, naming them', () => {
    const csv = ['Số quyết định,Ngày ký,Mã TTHC,Tên TTHC', '1/QĐ-UBND,01/01/2020,1.000001,A'].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 1: thiếu cột bắt buộc «Hình thức» (missing required column action)',
    ]);
  });

  it('refuses two columns that mean the same thing', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Mã TTHC,Mã thủ tục',
      '1/QĐ-UBND,Mới,A,1.000001,1.000001',
    ].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 1, cột «Mã thủ tục»: cột này trùng nghĩa với cột «Mã TTHC» (two columns mean «Mã TTHC»)',
    ]);
  });

  it('refuses a file with no header, an empty file and a header without rows', () => {
    expect(failed(importDecisionCsv('a,b,c\n1,2,3\n', OPTIONS))[0]).toMatch(
      /^Dòng 1: không tìm thấy dòng tiêu đề/,
    );
    expect(failed(importDecisionCsv('\ufeff\n\n', OPTIONS))).toEqual([
      'Dòng 1: tệp trống (the file is empty)',
    ]);
    expect(failed(importDecisionCsv('Số quyết định,Hình thức,Tên TTHC\n', OPTIONS))).toEqual([
      'Dòng 1: không có dòng dữ liệu nào sau dòng tiêu đề (no data rows after the header)',
    ]);
  });

  it('reports a quoted cell that is never closed on the line it opens', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Ngày ký',
      '1/QĐ-UBND,Mới,A,01/01/2020',
      '1/QĐ-UBND,Mới,"B,01/01/2020',
      '1/QĐ-UBND,Mới,C,01/01/2020',
    ].join('\n');
    const errors = failed(importDecisionCsv(csv, OPTIONS));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Dòng 3: ô mở dấu ngoặc kép mà không đóng/);
  });

  it('names the spreadsheet row, and the text line too when a quoted cell spans lines', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Ngày ký',
      '1/QĐ-UBND,Mới,"Tên\ndài\nba dòng",01/01/2020',
      '',
      '1/QĐ-UBND,Mới,B,1/13/2020',
    ].join('\n');
    const result = importDecisionCsv(csv, OPTIONS);
    expect(failed(result)).toEqual([
      'Dòng 4 (dòng 6 của tệp văn bản), cột «Ngày ký»: ngày không hợp lệ «1/13/2020» (invalid date)',
    ]);
    expect(!result.ok && result.errors[0]).toEqual({
      code: 'date-invalid',
      params: { value: '1/13/2020' },
      row: 4,
      line: 6,
      column: 'Ngày ký',
      message: 'ngày không hợp lệ «1/13/2020» (invalid date)',
    });
  });

  it('refuses a cell over the size limit and a NUL character, by row and column', () => {
    const csv = [
      'Số quyết định,Hình thức,Tên TTHC,Ngày ký',
      `1/QĐ-UBND,Mới,"${'Tên rất dài '.repeat(1_000)}",01/01/2020`,
      '1/QĐ-UBND,Mới,B\u0000,01/01/2020',
      '1/QĐ-UBND,Mới,C,01/01/2020',
    ].join('\n');
    expect(failed(importDecisionCsv(csv, OPTIONS))).toEqual([
      'Dòng 2, cột «Tên TTHC»: ô dài hơn 10.000 ký tự (a cell is longer than 10000 characters)',
      'Dòng 3, cột «Tên TTHC»: ô chứa ký tự NUL (byte 0): tệp bị hỏng hoặc không phải văn bản (a cell holds a NUL character: the file is damaged or not text)',
    ]);
  });
});

describe('importDecisionCsv: options', () => {
  it('records the given actor as author, transition actor and log actor', () => {
    const csv = ['Số quyết định,Hình thức,Tên TTHC,Ngày ký', '1/QĐ-UBND,Mới,A,01/01/2020'].join('\n');
    const { bundle } = ok(importDecisionCsv(csv, { ...OPTIONS, actor: 'nguyen.van.a' }));
    expect(bundle.decisions[0]!.author).toBe('nguyen.van.a');
    expect(bundle.decisions[0]!.transitions[0]!.actor).toBe('nguyen.van.a');
    expect(bundle.changeLog[0]!.actor).toBe('nguyen.van.a');
  });
});

describe('importDecisionCsv: progress', () => {
  const rows = (count: number) => [
    'Số quyết định,Hình thức,Mã TTHC,Tên TTHC,Ngày ký',
    ...Array.from(
      { length: count },
      (_, i) =>
        `${Math.floor(i / 100) + 1}/QĐ-UBND,Mới,2.${String(i).padStart(6, '0')},Thủ tục ${i},01/01/2020`,
    ),
  ];

  it('tells each phase in order, from 0 to its total, every few hundred rows at most', () => {
    const seen: { phase: string; done: number; total: number }[] = [];
    const csv = rows(1_234).join('\n');
    ok(importDecisionCsv(csv, { ...OPTIONS, onProgress: (p) => seen.push({ ...p }) }));
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'checking', 'building', 'logging']);
    for (const phase of phases) {
      const reports = seen.filter((p) => p.phase === phase);
      const total = reports[0]!.total;
      expect(reports[0]!.done).toBe(0);
      expect(reports.at(-1)!.done).toBe(total);
      // Rising, never repeated, and no more than one report per 500 units (plus start and end).
      for (let i = 1; i < reports.length; i++) expect(reports[i]!.done).toBeGreaterThan(reports[i - 1]!.done);
      expect(reports.length).toBeLessThanOrEqual(Math.ceil(total / 500) + 2);
    }
    expect(seen.find((p) => p.phase === 'checking')!.total).toBe(1_234);
    expect(seen.find((p) => p.phase === 'logging')!.total).toBe(1_234);
    expect(seen.filter((p) => p.phase === 'checking').map((p) => p.done)).toEqual([0, 500, 1000, 1234]);
  });

  it('gives the same bundle with or without a progress callback', () => {
    const csv = rows(1_100).join('\n');
    const watched = ok(importDecisionCsv(csv, { ...OPTIONS, onProgress: () => {} }));
    const plain = ok(importDecisionCsv(csv, OPTIONS));
    expect(watched.bundle).toEqual(plain.bundle);
    expect(verifyChangeLog(watched.bundle.changeLog)).toEqual({ ok: true, count: 1_100 });
  });

  it('does not chain a log for a file with errors (grouping still runs, to report everything)', () => {
    const seen: string[] = [];
    const csv = [...rows(3), '9/QĐ-UBND,Tạm dừng,2.999999,X,01/01/2020'].join('\n');
    expect(importDecisionCsv(csv, { ...OPTIONS, onProgress: (p) => seen.push(p.phase) }).ok).toBe(false);
    expect(new Set(seen)).toEqual(new Set(['reading', 'checking', 'building']));
  });
});
