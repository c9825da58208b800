import {
  type CatalogueHistory,
  catalogueAt,
  createWorkingCalendar,
  DEFAULT_DEADLINE_RULES,
  type Decision,
  type DecisionItem,
  foldCatalogue,
  type Office,
  OfficeSchema,
  type PostedProcedure,
  type PostingSheet,
  ProcedureFieldsSchema,
  type ProcedureVersion,
  postingSheet,
  type RepostingChecklist,
  repostingChecklist,
} from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { forgetQrCodeImages, postingSheetDocx, qrCodePngs } from '@niemyet/exports';
import { defineBenchCases } from '../harness';

/**
 * Issue 14's budgets: the posting sheet of an office with 500 procedures as DOCX, QR codes
 * included (≤ 3 s), and that office's re-posting checklist after a 300-item decision
 * (≤ 200 ms), both over a catalogue of 20,000 procedures. The office is the agency every
 * 40th procedure belongs to; its procedures are spread over 12 fields and carry what a
 * real record does (methods, processing time, fees, a national portal page).
 */

const PROCEDURES = 20_000;
const AGENCIES = 40;
const OFFICE_AGENCY = 'Sở Tư pháp';
const FIELDS = [
  'Hộ tịch',
  'Đất đai',
  'Đầu tư',
  'Xây dựng',
  'Giáo dục',
  'Y tế',
  'Tư pháp',
  'Giao thông',
  'Luật sư',
  'Công chứng',
  'Lý lịch tư pháp',
  'Thừa phát lại',
];
const POSTED_ON = '2026-03-02';
const DECIDED_ON = '2026-04-01';
const AT = '2026-04-10';
const DETAIL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

const agencyOf = (i: number) => (i % AGENCIES === 0 ? OFFICE_AGENCY : `Sở ${i % AGENCIES}`);
const codeOf = (i: number) => `1.${String(i).padStart(6, '0')}`;

const office: Office = OfficeSchema.parse({
  id: 'stp',
  name: 'Bộ phận Một cửa Sở Tư pháp',
  area: 'Tỉnh Hòa Bình',
  address: 'Số 1 đường Trần Hưng Đạo, TP. Hòa Bình',
  scope: { agencies: [OFFICE_AGENCY] },
});

function baseline(): ProcedureVersion[] {
  return Array.from({ length: PROCEDURES }, (_, i) =>
    makeVersion({
      code: codeOf(i),
      name: `Thủ tục số ${i}: cấp, cấp lại, điều chỉnh giấy chứng nhận đủ điều kiện hoạt động`,
      agency: agencyOf(i),
      // By block of agencies, so each agency's procedures spread over every field.
      field: FIELDS[Math.floor(i / AGENCIES) % FIELDS.length]!,
      levels: ['province'],
      methods: [
        { channel: 'Trực tiếp', processingTime: '10 ngày làm việc', fees: '200.000 đồng', description: null },
        {
          channel: 'Trực tuyến',
          processingTime: '08 ngày làm việc',
          fees: '100.000 đồng',
          description: null,
        },
        {
          channel: 'Dịch vụ bưu chính',
          processingTime: '10 ngày làm việc',
          fees: '200.000 đồng',
          description: null,
        },
      ],
      onlineService: i % 3 === 0 ? 'full' : 'partial',
      // Most were seen on the national portal; a tenth are opened by a search for the code.
      portalRefs: i % 10 === 7 ? [] : [{ url: `${DETAIL}${10_000 + i}`, portalId: String(10_000 + i) }],
    }),
  );
}

/** 20 earlier decisions of 100 items each over other agencies: a history, not a bare baseline. */
function earlierDecisions(): Decision[] {
  return Array.from({ length: 20 }, (_, d) =>
    makeDecision({
      id: `qd-old-${d}`,
      number: `${d + 1}/QĐ-UBND`,
      signedOn: `2025-${String((d % 12) + 1).padStart(2, '0')}-05`,
      effectiveOn: `2025-${String((d % 12) + 1).padStart(2, '0')}-10`,
      items: Array.from({ length: 100 }, (_, k) => {
        const i = 1 + (((d * 100 + k) * 7) % (PROCEDURES - 1));
        const n = i % AGENCIES === 0 ? i + 1 : i;
        return makeItem({
          id: `old-${d}-${k}`,
          action: 'amended',
          code: codeOf(n),
          changes: { fees: `${d} đồng` },
        });
      }),
    }),
  );
}

/**
 * The decision of 300 items on the office's procedures: 100 abolished, 150 amended (fees,
 * processing time and the name), 50 new in the office's agency.
 */
function bigDecision(): Decision {
  const officeCodes = Array.from({ length: PROCEDURES / AGENCIES }, (_, k) => codeOf(k * AGENCIES));
  const items: DecisionItem[] = [];
  for (let k = 0; k < 100; k++)
    items.push(makeItem({ id: `ab-${k}`, action: 'abolished', code: officeCodes[k]! }));
  for (let k = 100; k < 250; k++)
    items.push(
      makeItem({
        id: `am-${k}`,
        action: 'amended',
        code: officeCodes[k]!,
        changes: {
          fees: '150.000 đồng',
          processingTime: '07 ngày làm việc',
          name: `Thủ tục số ${k * AGENCIES}: cấp, cấp lại giấy chứng nhận đủ điều kiện hoạt động (sửa đổi)`,
        },
      }),
    );
  for (let k = 0; k < 50; k++)
    items.push(
      makeItem({
        id: `new-${k}`,
        action: 'new',
        code: `9.${String(k).padStart(6, '0')}`,
        name: `Thủ tục mới số ${k}`,
        changes: { agency: 'SO TU PHAP', field: FIELDS[k % FIELDS.length]!, levels: ['province'] },
      }),
    );
  return makeDecision({
    id: 'qd-300',
    number: '300/QĐ-UBND',
    signedOn: '2026-03-25',
    effectiveOn: DECIDED_ON,
    items,
  });
}

interface ChecklistContext {
  history: CatalogueHistory;
  posted: PostedProcedure[];
}

function checklistContext(): ChecklistContext {
  const history = foldHistory();
  // What the office posted before the decision: its 500 procedures as they were then.
  const posted = [...catalogueAt(history, POSTED_ON).active.values()]
    .filter((version) => version.agency === OFFICE_AGENCY)
    .map((version) => ({
      procedureId: version.procedureId,
      // The schema keeps a version's content and drops its identity and dates.
      fields: ProcedureFieldsSchema.parse(version),
      postedOn: POSTED_ON,
      postedBy: 'lan',
    }));
  return { history, posted };
}

function foldHistory(): CatalogueHistory {
  return foldCatalogue(baseline(), [...earlierDecisions(), bigDecision()]);
}

const calendar = createWorkingCalendar();

function checklistOf({ history, posted }: ChecklistContext): RepostingChecklist {
  return repostingChecklist({
    scope: office.scope,
    history,
    at: AT,
    posted,
    calendar,
    rules: DEFAULT_DEADLINE_RULES,
  });
}

/** The 500-procedure sheet from the catalogue in force, as the server makes it for the route. */
function sheetContext(): Map<string, ProcedureVersion> {
  return catalogueAt(foldCatalogue(baseline(), earlierDecisions()), AT).active;
}

const SHEET_CASE = `posting: sheet DOCX of an office with 500 procedures, QR codes included, none made before (catalogue of ${PROCEDURES.toLocaleString('en')})`;

interface SheetResult {
  sheet: PostingSheet;
  bytes: number;
  /** CPU time of the run: the machine is shared, so wall time alone overstates the work. */
  cpuMs: number;
}

/** The sheet and its DOCX, with the run's CPU time beside the wall time the harness takes. */
async function sheetDocx(active: Map<string, ProcedureVersion>, withQr = true): Promise<SheetResult> {
  const cpu = process.cpuUsage();
  const built = postingSheet(office, active.values(), AT);
  const sheet = withQr
    ? built
    : {
        ...built,
        groups: built.groups.map((g) => ({
          ...g,
          entries: g.entries.map((e) => ({ ...e, portalUrl: null })),
        })),
      };
  const bytes = (await postingSheetDocx(sheet)).byteLength;
  const used = process.cpuUsage(cpu);
  return { sheet, bytes, cpuMs: (used.user + used.system) / 1000 };
}

const portalUrlsOf = (sheet: PostingSheet) =>
  sheet.groups.flatMap((g) => g.entries.flatMap((e) => (e.portalUrl ? [e.portalUrl] : [])));

/** Each DOCX case's CPU times, run by run, for the median beside the harness's wall-time median. */
const cpuTimes = new Map<string, number[]>();

async function measuredSheet(caseName: string, run: Promise<SheetResult>): Promise<SheetResult> {
  const result = await run;
  cpuTimes.set(caseName, [...(cpuTimes.get(caseName) ?? []), result.cpuMs]);
  return result;
}

const describeSheet = (caseName: string) => (result: unknown) => {
  const { sheet, bytes } = result as SheetResult;
  const cpu = [...(cpuTimes.get(caseName) ?? [])].sort((a, b) => a - b);
  const medianCpu = cpu[Math.floor(cpu.length / 2)] ?? 0;
  return `${sheet.total} procedures in ${sheet.groups.length} fields, ${portalUrlsOf(sheet).length} QR codes, ${Math.round(bytes / 1024)} KB; median CPU time ${Math.round(medianCpu)} ms`;
};

const AGAIN_CASE = 'posting: the same sheet downloaded again (QR images kept)';
const NO_QR_CASE = 'posting: the same sheet without QR codes (layout and packing alone)';

export default defineBenchCases([
  {
    name: SHEET_CASE,
    budgetMs: 3000,
    iterations: 5,
    warmups: 1,
    setup: sheetContext,
    async run(active: Map<string, ProcedureVersion>): Promise<SheetResult> {
      // Cold: every QR image is made again, as for an office's first sheet.
      forgetQrCodeImages();
      return measuredSheet(SHEET_CASE, sheetDocx(active));
    },
    describe: describeSheet(SHEET_CASE),
  },
  {
    name: AGAIN_CASE,
    baseline: SHEET_CASE,
    iterations: 5,
    warmups: 1,
    setup: sheetContext,
    run: (active: Map<string, ProcedureVersion>) => measuredSheet(AGAIN_CASE, sheetDocx(active)),
    describe: describeSheet(AGAIN_CASE),
  },
  {
    name: NO_QR_CASE,
    baseline: SHEET_CASE,
    iterations: 5,
    warmups: 1,
    setup: sheetContext,
    run: (active: Map<string, ProcedureVersion>) => measuredSheet(NO_QR_CASE, sheetDocx(active, false)),
    describe: describeSheet(NO_QR_CASE),
  },
  {
    name: 'posting: the 500 QR code images alone, none made before',
    baseline: SHEET_CASE,
    iterations: 5,
    warmups: 1,
    setup: () => portalUrlsOf(postingSheet(office, sheetContext().values(), AT)),
    run: (urls: string[]) => {
      forgetQrCodeImages();
      return qrCodePngs(urls);
    },
    describe: (images) => `${(images as Map<string, Uint8Array>).size} images`,
  },
  {
    name: `posting: re-posting checklist after a 300-item decision, 500 posted, ${PROCEDURES.toLocaleString('en')}-procedure history (catalogueAt included)`,
    budgetMs: 200,
    setup: checklistContext,
    run: checklistOf,
    describe: (result) => {
      const checklist = result as RepostingChecklist;
      return `take down ${checklist.counts['take-down']}, replace ${checklist.counts.replace}, add ${checklist.counts.add}; ${checklist.workingDaysOpen} working days open`;
    },
  },
  {
    name: 'posting: catalogueAt alone on the same history',
    baseline: `posting: re-posting checklist after a 300-item decision, 500 posted, ${PROCEDURES.toLocaleString('en')}-procedure history (catalogueAt included)`,
    setup: checklistContext,
    run: ({ history }: ChecklistContext) => catalogueAt(history, AT),
  },
]);
