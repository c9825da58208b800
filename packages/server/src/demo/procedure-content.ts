import type { DossierComponent, LegalRef, ProcedureFields, SubmissionMethod } from '@niemyet/core';
import type { Audience } from './data/portal-extract';
import type { DemoRandom } from './random';

/**
 * The content of a demo procedure. The portal's listings give only code and name; the rest is
 * made up, plausibly, for each procedure: levels (from the name when it says "cấp tỉnh" /
 * "cấp xã"), a field with the ministry that manages it, times and fees per submission method,
 * steps, dossier, and legal basis citing real decrees on administrative procedures.
 */

/** Decrees in force on every procedure's handling (one-stop shop, online procedures). */
export const GENERAL_LEGAL_BASIS: readonly LegalRef[] = [
  {
    number: '61/2018/NĐ-CP',
    title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    issuedOn: '2018-04-23',
    issuer: 'Chính phủ',
  },
  {
    number: '45/2020/NĐ-CP',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    issuedOn: '2020-04-08',
    issuer: 'Chính phủ',
  },
  {
    number: '107/2021/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
    issuedOn: '2021-12-06',
    issuer: 'Chính phủ',
  },
];

export const FEE_LAW: LegalRef = {
  number: '97/2015/QH13',
  title: 'Luật Phí và lệ phí',
  issuedOn: '2015-11-25',
  issuer: 'Quốc hội',
};

export const PROCESSING_DAYS = [1, 2, 3, 5, 7, 10, 12, 15, 20, 30] as const;
export const FEE_THOUSANDS = [0, 20, 30, 50, 100, 150, 200, 300, 500] as const;
const PROCEDURE_TYPES = [
  'TTHC được luật giao quy định chi tiết',
  'TTHC không được luật giao quy định chi tiết',
  'Loại khác',
] as const;

export function processingTimeText(days: number): string {
  return `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`;
}

export function feeText(thousands: number): string {
  return thousands === 0 ? 'Không' : `${thousands}.000 đồng/hồ sơ`;
}

/** The field as the portal names it, "Hộ tịch(Bộ Tư pháp)": the field and its ministry. */
export function splitField(portalName: string): { field: string; ministry: string | null } {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(portalName);
  if (!match) return { field: portalName, ministry: null };
  const field = match[1]!.trim();
  return { field: field.charAt(0).toLocaleUpperCase('vi') + field.slice(1), ministry: match[2]!.trim() };
}

function levelsFromName(name: string, random: DemoRandom): string[] {
  const text = name.toLocaleLowerCase('vi');
  const levels: string[] = [];
  if (text.includes('cấp trung ương')) levels.push('central');
  if (text.includes('cấp tỉnh')) levels.push('province');
  if (text.includes('cấp xã')) levels.push('commune');
  if (levels.length > 0) return levels;
  const roll = random.next();
  if (roll < 0.58) return ['province'];
  if (roll < 0.85) return ['commune'];
  return ['province', 'commune'];
}

const SUBJECTS: Record<Audience, string> = {
  citizen: 'Công dân Việt Nam; người nước ngoài cư trú hợp pháp tại Việt Nam',
  business: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh',
  both: 'Cá nhân, tổ chức',
};

function receivingPlace(levels: readonly string[]): string {
  if (levels.includes('province')) return 'Trung tâm Phục vụ hành chính công tỉnh';
  if (levels.includes('commune')) return 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã';
  if (levels.includes('district')) return 'Bộ phận Một cửa của Ủy ban nhân dân cấp huyện';
  return 'Bộ phận Một cửa của cơ quan giải quyết';
}

export function stepsText(levels: readonly string[], online: boolean): string {
  return [
    `Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại ${receivingPlace(levels)}${online ? ' hoặc trên Cổng Dịch vụ công quốc gia' : ''}.`,
    'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.',
    'Bước 3: Cơ quan có thẩm quyền thẩm định, giải quyết và trả kết quả trong thời hạn quy định.',
  ].join('\n');
}

function resultOf(name: string): string {
  const text = name.toLocaleLowerCase('vi');
  if (text.startsWith('cấp đổi') || text.startsWith('cấp lại')) return 'Giấy tờ được cấp đổi, cấp lại';
  if (text.startsWith('cấp')) return 'Giấy phép, giấy chứng nhận được cấp';
  if (text.startsWith('đăng ký')) return 'Xác nhận đăng ký';
  if (text.startsWith('thông báo')) return 'Xác nhận tiếp nhận thông báo';
  return 'Văn bản giải quyết của cơ quan có thẩm quyền';
}

function dossierOf(audience: Audience, random: DemoRandom): DossierComponent[] {
  const component = (name: string, originals: string, copies: string, template: string | null = null) => ({
    name,
    originals,
    copies,
    template,
    group: null,
  });
  const dossier = [
    random.chance(0.5)
      ? component('Đơn đề nghị (theo mẫu)', '1', '0', 'Mẫu đơn đề nghị.docx')
      : component('Tờ khai (theo mẫu)', '1', '0', 'Mẫu tờ khai.docx'),
  ];
  const extras = [
    audience === 'business'
      ? component('Bản sao Giấy chứng nhận đăng ký doanh nghiệp', '0', '1')
      : component('Bản sao giấy tờ tùy thân của người đề nghị', '0', '1'),
    component('Giấy tờ chứng minh đủ điều kiện theo quy định', '1', '0'),
    component('Văn bản ủy quyền (trường hợp nộp thay)', '1', '0'),
    component('Bản sao kết quả giải quyết lần trước (nếu có)', '0', '1'),
  ];
  return [...dossier, ...random.shuffle(extras).slice(0, random.int(1, 3))];
}

export function methodsOf(days: number, thousands: number, channels: readonly string[]): SubmissionMethod[] {
  return channels.map((channel) => ({
    channel,
    processingTime: processingTimeText(days),
    fees: feeText(thousands),
    description: channel === 'Trực tuyến' ? 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia' : null,
  }));
}

export interface PortalProcedure {
  code: string;
  name: string;
  audience: Audience;
}

export interface FieldChoice {
  field: string;
  ministry: string | null;
}

export function procedureContent(
  procedure: PortalProcedure,
  field: FieldChoice,
  agency: string,
  random: DemoRandom,
): ProcedureFields {
  const levels = levelsFromName(procedure.name, random);
  const days = random.pick(PROCESSING_DAYS);
  const thousands = random.chance(0.45) ? 0 : random.pick(FEE_THOUSANDS);
  const channels = ['Trực tiếp'];
  const online = random.chance(0.7);
  if (online) channels.push('Trực tuyến');
  if (random.chance(0.5)) channels.push('Dịch vụ bưu chính');
  return {
    code: procedure.code,
    name: procedure.name,
    levels,
    field: field.field,
    agency,
    procedureType: random.pick(PROCEDURE_TYPES),
    processingTime: processingTimeText(days),
    fees: feeText(thousands),
    methods: methodsOf(days, thousands, channels),
    steps: stepsText(levels, online),
    dossier: dossierOf(procedure.audience, random),
    subjects: SUBJECTS[procedure.audience],
    result: resultOf(procedure.name),
    requirements: random.chance(0.7) ? 'Không' : 'Hồ sơ đầy đủ, hợp lệ theo quy định',
    legalBasis: [random.pick(GENERAL_LEGAL_BASIS), ...(thousands > 0 ? [FEE_LAW] : [])],
    onlineService: online ? (random.chance(0.5) ? 'full' : 'partial') : 'none',
    portalRefs: [
      {
        url: `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${procedure.code}`,
        portalId: null,
      },
    ],
  };
}
