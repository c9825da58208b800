import {
  appendDecisionToChangeLog,
  type ChangeLogEntry,
  type ChangeLogRow,
  changeLogRows,
  type Decision,
  foldCatalogue,
  type ProcedureVersion,
} from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';

/** A small catalogue and two issued decisions whose change log the export tests write and read back. */
export const baseline: ProcedureVersion[] = [
  makeVersion({
    code: '1.000001',
    name: 'Đăng ký khai sinh',
    levels: ['commune'],
    field: 'Hộ tịch',
    agency: 'UBND cấp xã',
    processingTime: 'Trong ngày',
    fees: 'Miễn lệ phí',
  }),
  makeVersion({
    code: '1.000002',
    // A name a spreadsheet would run as a formula, with a comma and quotes besides.
    name: '=HYPERLINK("http://x", "Cấp phép, xây dựng")',
    levels: ['province'],
    field: 'Xây dựng',
    agency: 'Sở Xây dựng',
  }),
];

export const amending: Decision = makeDecision({
  id: 'qd-137',
  number: '137/QĐ-UBND',
  issuer: 'UBND tỉnh Hòa Bình',
  signedOn: '2020-02-10',
  effectiveOn: '2020-02-15',
  items: [
    makeItem({
      id: 'a1',
      action: 'amended',
      code: '1.000001',
      name: 'Đăng ký khai sinh',
      changes: { processingTime: '03 ngày làm việc', steps: 'Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.' },
      causeDocument: {
        number: '123/2019/NĐ-CP',
        title: 'Nghị định sửa đổi hộ tịch',
        issuedOn: null,
        issuer: null,
      },
    }),
    makeItem({
      id: 'a2',
      action: 'abolished',
      code: '1.000002',
      name: '=HYPERLINK("http://x", "Cấp phép, xây dựng")',
      nationalDbOn: '2020-02-20',
      causeDocument: { number: '15/2020/TT-BXD', title: null, issuedOn: null, issuer: null },
    }),
  ],
});

export const publishing: Decision = makeDecision({
  id: 'qd-200',
  number: '200/QĐ-UBND',
  issuer: 'UBND tỉnh Hòa Bình',
  signedOn: '2020-03-01',
  effectiveOn: '2020-03-05',
  items: [
    makeItem({
      id: 'n1',
      action: 'new',
      code: '1.000003',
      name: 'Đăng ký kết hôn',
      changes: {
        name: 'Đăng ký kết hôn',
        levels: ['district', 'commune'],
        field: 'Hộ tịch',
        agency: 'UBND cấp huyện',
        processingTime: '05 ngày làm việc',
        fees: '100.000 đồng',
        methods: [{ channel: 'Trực tiếp', processingTime: '05 ngày', fees: null, description: null }],
        dossier: [
          { name: 'Tờ khai đăng ký kết hôn', originals: '1', copies: null, template: null, group: null },
        ],
        subjects: 'Công dân Việt Nam',
        result: 'Giấy chứng nhận kết hôn',
        requirements: 'Đủ tuổi kết hôn',
        legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: null, issuer: null }],
      },
      nationalDbOn: '2020-03-10',
    }),
  ],
});

export const decisions = [amending, publishing];
export const history = foldCatalogue(baseline, decisions);

export function exportRows(): ChangeLogRow[] {
  const log: ChangeLogEntry[] = [];
  for (const decision of decisions)
    appendDecisionToChangeLog(log, decision, 'drafter', '2020-03-10T02:30:00.000Z');
  return changeLogRows(log, history, decisions);
}

/** Everything an async iterable yields, joined. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
