import type { LegalRef } from '@niemyet/core';

/**
 * The words the simulated records are made of: processing times, fees, legal documents,
 * subjects… taken from the way the national portal writes them, so readers meet the same
 * shapes of text they will meet on the real site.
 */

export const PROCESSING_TIMES = [
  'Trong ngày',
  '01 Ngày làm việc',
  '03 Ngày làm việc',
  '05 Ngày làm việc',
  '7 Ngày làm việc',
  '10 Ngày làm việc',
  '12 Ngày làm việc',
  '15 Ngày làm việc',
  '20 Ngày làm việc',
  '30 Ngày',
  '45 Ngày',
] as const;

export const FEES = [
  'Không thu phí, lệ phí',
  'Lệ phí 50.000 đồng/hồ sơ',
  'Lệ phí 100.000 đồng/hồ sơ',
  'Lệ phí 8.000 đồng/lần',
  'Phí 2.000 đồng/trang',
  'Phí 200.000 đồng/lần thẩm định',
  'Phí thẩm định 500.000 đồng/hồ sơ',
  'Lệ phí 1.500.000 đồng/giấy phép',
  'Miễn lệ phí',
] as const;

/** Real documents that procedures cite, with the columns the detail page's table shows. */
export const LEGAL_DOCUMENTS: readonly LegalRef[] = [
  doc('63/2010/NĐ-CP', 'Nghị định về kiểm soát thủ tục hành chính', '2010-06-08', 'Chính phủ'),
  doc(
    '48/2013/NĐ-CP',
    'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính',
    '2013-05-14',
    'Chính phủ',
  ),
  doc(
    '92/2017/NĐ-CP',
    'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính',
    '2017-08-07',
    'Chính phủ',
  ),
  doc(
    '123/2015/NĐ-CP',
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    '2015-11-15',
    'Chính phủ',
  ),
  doc(
    '61/2018/NĐ-CP',
    'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    '2018-04-23',
    'Chính phủ',
  ),
  doc(
    '107/2021/NĐ-CP',
    'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
    '2021-12-06',
    'Chính phủ',
  ),
  doc(
    '45/2020/NĐ-CP',
    'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    '2020-04-08',
    'Chính phủ',
  ),
  doc(
    '01/2018/TT-VPCP',
    'Thông tư hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP',
    '2018-11-23',
    'Văn phòng Chính phủ',
  ),
  doc('60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc Hội'),
  doc('59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc Hội'),
  doc('01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2021-01-04', 'Chính phủ'),
  doc(
    '15/2018/NĐ-CP',
    'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
    '2018-02-02',
    'Chính phủ',
  ),
  doc(
    '136/2020/NĐ-CP',
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy và chữa cháy',
    '2020-11-24',
    'Chính phủ',
  ),
  doc('31/2024/QH15', 'Luật Đất đai', '2024-01-18', 'Quốc Hội'),
  doc('61/2024/QH15', 'Luật điện lực', '2024-11-30', 'Quốc Hội'),
  doc('18/2025/NĐ-CP', 'Nghị định 18', '2025-02-18', 'Chính phủ'),
  doc(
    '04/2020/TT-BTP',
    'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch',
    '2020-05-28',
    'Bộ Tư pháp',
  ),
  doc(
    '85/2019/TT-BTC',
    'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh',
    '2019-11-29',
    'Bộ Tài chính',
  ),
  doc(
    '11/2020/NĐ-CP',
    'Nghị định quy định về thủ tục hành chính thuộc lĩnh vực Kho bạc Nhà nước',
    '2020-01-20',
    'Chính phủ',
  ),
  doc(
    '23/2015/NĐ-CP',
    'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký',
    '2015-02-16',
    'Chính phủ',
  ),
];

function doc(number: string, title: string, issuedOn: string, issuer: string): LegalRef {
  return { number, title, issuedOn, issuer };
}

/** "Loại thủ tục" values on the detail page. */
export const PROCEDURE_TYPES = [
  'TTHC được luật giao quy định chi tiết',
  'TTHC không được luật giao quy định chi tiết',
  'Loại khác',
] as const;

export const SUBJECTS = [
  'Công dân Việt Nam',
  'Người nước ngoài',
  'Doanh nghiệp',
  'Tổ chức (không bao gồm doanh nghiệp, HTX)',
  'Hợp tác xã',
  'Cán bộ, công chức, viên chức',
] as const;

export const RESULTS = [
  'Giấy chứng nhận',
  'Giấy phép',
  'Văn bản chấp thuận',
  'Quyết định hành chính',
  'Văn bản thông báo kết quả giải quyết',
  'Trích lục',
] as const;

export const DOSSIER_ITEMS = [
  { name: 'Tờ khai theo mẫu', template: 'To khai.docx' },
  { name: 'Đơn đề nghị (theo mẫu)', template: 'Mau don de nghi.docx' },
  { name: 'Bản sao giấy tờ tùy thân của người nộp hồ sơ', template: null },
  { name: 'Giấy ủy quyền (trường hợp nộp thay)', template: null },
  { name: 'Giấy tờ chứng minh nơi cư trú', template: null },
  { name: 'Văn bản đề nghị của tổ chức', template: 'Van ban de nghi.doc' },
] as const;

export const STEPS = [
  'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa hoặc qua Cổng Dịch vụ công.',
  'Bước 2: Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hướng dẫn bổ sung nếu hồ sơ chưa đầy đủ.',
  'Bước 3: Cơ quan có thẩm quyền thẩm định hồ sơ và trả kết quả cho tổ chức, cá nhân.',
].join('\n');

/** Submission channels; "Trực tuyến" only when the procedure has an online service. */
export const CHANNEL_IN_PERSON = 'Trực tiếp';
export const CHANNEL_ONLINE = 'Trực tuyến';
export const CHANNEL_POST = 'Dịch vụ bưu chính';

/** How portals label levels: the national portal capitalises, provincial grids often do not. */
export const LEVEL_LABELS: Record<string, { national: string; provincial: string }> = {
  province: { national: 'Cấp Tỉnh', provincial: 'Cấp tỉnh' },
  district: { national: 'Cấp Huyện', provincial: 'Cấp huyện' },
  commune: { national: 'Cấp Xã', provincial: 'Cấp xã' },
};

/**
 * Stale wordings a portal keeps after a decision renamed a procedure: the portal shows the
 * old name with a qualifier the decision dropped (or the catalogue name loses its last word).
 */
export const NAME_QUALIFIERS = [
  ' (thực hiện tại cấp tỉnh)',
  ' trên địa bàn tỉnh',
  ' đối với tổ chức, cá nhân',
  ' theo thủ tục rút gọn',
] as const;
