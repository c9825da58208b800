import {
  compareLevels,
  type Decision,
  type DecisionAction,
  type DecisionItemOutcome,
  type LegalRef,
  levelLabel,
  type ProcedureFields,
} from '@niemyet/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  BODY,
  centered,
  FONT,
  HEADING,
  nonEmptyLines,
  pageNumberFooter,
  pageProperties,
  romanNumeral,
  TABLE_TEXT,
  type TextOptions,
} from './official-document';

export const ANNEX_PART_I = 'DANH MỤC THỦ TỤC HÀNH CHÍNH';
export const ANNEX_PART_II = 'NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH';

const SECTION_TITLES: Record<DecisionAction, string> = {
  new: 'Danh mục thủ tục hành chính được công bố mới',
  amended: 'Danh mục thủ tục hành chính được sửa đổi, bổ sung',
  abolished: 'Danh mục thủ tục hành chính bị bãi bỏ',
};

const LEGAL_COLUMN: Record<DecisionAction, string> = {
  new: 'Căn cứ pháp lý',
  amended: 'Tên VBQPPL quy định nội dung sửa đổi, bổ sung',
  abolished: 'Tên VBQPPL quy định việc bãi bỏ',
};

export const ANNEX_COLUMNS = [
  'STT',
  'Mã TTHC',
  'Tên TTHC',
  'Thời hạn giải quyết',
  'Địa điểm thực hiện',
  'Phí, lệ phí',
] as const;

/** Column widths in percent of the table (the legal column takes the rest). */
const COLUMN_WIDTHS = [6, 11, 25, 14, 14, 12, 18];

/**
 * The annex of a publication decision as a Word document in the official layout (issue 12):
 * national motto, title with the decision's number and date, Part I the list of new, amended
 * and abolished procedures grouped by level then field in the official columns, Part II the
 * content of each new or amended procedure as the catalogue has it after the decision. A
 * decision not yet issued is marked "DỰ THẢO". `outcome` is core's `decisionOutcome`.
 */
export async function decisionAnnexDocx(
  decision: Decision,
  outcome: readonly DecisionItemOutcome[],
): Promise<Buffer> {
  const draft = decision.state !== 'issued';
  const groups = (['new', 'amended', 'abolished'] as const)
    .map((action) => ({ action, items: outcome.filter((o) => o.item.action === action) }))
    .filter((group) => group.items.length > 0);
  const described = outcome.filter((o) => o.item.action !== 'abolished');

  const partOne = [
    ...heading(decision, draft),
    centered(`PHẦN I. ${ANNEX_PART_I}`, { bold: true, size: HEADING, before: 240 }),
    ...(groups.length === 0
      ? [paragraph('Quyết định chưa có thủ tục hành chính nào.', { italics: true })]
      : groups.flatMap((group, index) => [
          paragraph(`${index + 1}. ${SECTION_TITLES[group.action]}`, { bold: true, before: 240 }),
          listTable(group.action, decision, group.items),
        ])),
  ];
  const partTwo = [
    centered(`PHẦN II. ${ANNEX_PART_II}`, { bold: true, size: HEADING }),
    ...(described.length === 0
      ? [paragraph('Quyết định không công bố mới hoặc sửa đổi thủ tục hành chính nào.', { italics: true })]
      : groupByLevelAndField(described).flatMap(({ level, field, items }, index, all) => [
          ...(index === 0 || all[index - 1]!.level !== level
            ? [paragraph(levelTitle(level), { bold: true, before: 240 })]
            : []),
          paragraph(`Lĩnh vực ${field || 'chưa xác định'}`, { bold: true, italics: true, before: 120 }),
          ...items.flatMap((o, k) => procedureContent(o, k + 1)),
        ])),
  ];

  const document = new Document({
    creator: 'Niêm yết',
    title: `Phụ lục Quyết định ${decision.number || '(dự thảo)'}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: pageProperties(PageOrientation.LANDSCAPE),
        footers: { default: pageNumberFooter() },
        children: partOne,
      },
      {
        properties: pageProperties(PageOrientation.PORTRAIT),
        footers: { default: pageNumberFooter() },
        children: partTwo,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Issuer and national motto side by side, then the title with the decision's number and date. */
function heading(decision: Decision, draft: boolean): (Paragraph | Table)[] {
  const issuer = (decision.issuer ?? 'ỦY BAN NHÂN DÂN').toLocaleUpperCase('vi');
  const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = {
    top: noBorder,
    bottom: noBorder,
    left: noBorder,
    right: noBorder,
    insideHorizontal: noBorder,
    insideVertical: noBorder,
  };
  const motto = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            borders,
            children: [centered(issuer, { bold: true, size: BODY })],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            borders,
            children: [
              centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: BODY }),
              centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: HEADING }),
            ],
          }),
        ],
      }),
    ],
  });
  const number = decision.number.trim() || '      /QĐ-UBND';
  const dated = decision.signedOn ? ` ngày ${dateInWords(decision.signedOn)}` : ' ngày    tháng    năm    ';
  const by = decision.issuer ? ` của ${decision.issuer}` : '';
  return [
    motto,
    ...(draft ? [centered('DỰ THẢO', { bold: true, size: HEADING, before: 240 })] : []),
    centered('PHỤ LỤC', { bold: true, size: HEADING, before: 240 }),
    centered('THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ MỚI, SỬA ĐỔI, BỔ SUNG, BÃI BỎ', { bold: true, size: HEADING }),
    centered(`(Kèm theo Quyết định số ${number}${dated}${by})`, { italics: true }),
  ];
}

/** "ngày 10 tháng 02 năm 2020" is how a decision's date is written. */
function dateInWords(date: string): string {
  return `${date.slice(8, 10)} tháng ${date.slice(5, 7)} năm ${date.slice(0, 4)}`;
}

interface Group {
  level: string;
  field: string;
  items: DecisionItemOutcome[];
}

/** Items grouped by level (top-down) then field (alphabetically), in the decision's order within. */
function groupByLevelAndField(items: readonly DecisionItemOutcome[]): Group[] {
  const groups = new Map<string, Group>();
  for (const o of items) {
    const level = o.after.levels[0] ?? '';
    const field = o.after.field ?? '';
    const key = `${level}\u0000${field}`;
    let group = groups.get(key);
    if (!group) {
      group = { level, field, items: [] };
      groups.set(key, group);
    }
    group.items.push(o);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.level === '') - Number(b.level === '') ||
      compareLevels(a.level, b.level) ||
      a.level.localeCompare(b.level, 'vi') ||
      Number(a.field === '') - Number(b.field === '') ||
      a.field.localeCompare(b.field, 'vi'),
  );
}

function levelTitle(level: string): string {
  if (level === '') return 'Thủ tục hành chính chưa xác định cấp thực hiện';
  const label = levelLabel(level, 'vi');
  return `Thủ tục hành chính ${label.startsWith('Cấp') ? label.toLocaleLowerCase('vi') : label}`;
}

function listTable(action: DecisionAction, decision: Decision, items: readonly DecisionItemOutcome[]): Table {
  const headers = [...ANNEX_COLUMNS, LEGAL_COLUMN[action]];
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: headers.map((text, i) => cell(text, COLUMN_WIDTHS[i]!, { bold: true, center: true })),
    }),
  ];
  const groups = groupByLevelAndField(items);
  let levelIndex = -1;
  let fieldIndex = 0;
  let number = 0;
  groups.forEach((group, index) => {
    if (index === 0 || groups[index - 1]!.level !== group.level) {
      levelIndex++;
      fieldIndex = 0;
      rows.push(
        spanRow(`${String.fromCharCode(65 + (levelIndex % 26))}. ${levelTitle(group.level)}`, headers.length),
      );
    }
    rows.push(
      spanRow(`${romanNumeral(fieldIndex)}. Lĩnh vực ${group.field || 'chưa xác định'}`, headers.length),
    );
    fieldIndex++;
    for (const o of group.items) {
      number++;
      const values = [
        String(number),
        o.item.code ?? o.after.code ?? 'Chưa có mã',
        o.item.name,
        timeLimit(o.after),
        o.after.agency ?? '',
        fees(o.after),
        legalColumn(action, decision, o),
      ];
      rows.push(
        new TableRow({ children: values.map((text, i) => cell(text, COLUMN_WIDTHS[i]!, { center: i < 2 })) }),
      );
    }
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function spanRow(text: string, columns: number): TableRow {
  return new TableRow({
    children: [
      new TableCell({ columnSpan: columns, children: [paragraph(text, { bold: true, size: TABLE_TEXT })] }),
    ],
  });
}

function cell(text: string, width: number, options: { bold?: boolean; center?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: nonEmptyLines(text).map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold, size: TABLE_TEXT })],
        }),
    ),
  });
}

/** The amending or abolishing document is the item's cause; a new procedure lists its legal basis. */
function legalColumn(action: DecisionAction, decision: Decision, o: DecisionItemOutcome): string {
  if (action === 'new') return legalRefs(o.after.legalBasis);
  if (o.item.causeDocument) return legalRef(o.item.causeDocument);
  if (action === 'amended') return legalRefs(o.item.changes.legalBasis ?? decision.legalBasis);
  return legalRefs(decision.legalBasis);
}

function legalRef(ref: LegalRef): string {
  return ref.title ? `${ref.number} ${ref.title}`.trim() : ref.number;
}

function legalRefs(refs: readonly LegalRef[]): string {
  return refs.map(legalRef).join('\n');
}

function timeLimit(fields: ProcedureFields): string {
  if (fields.processingTime) return fields.processingTime;
  return fields.methods
    .filter((m) => m.processingTime)
    .map((m) => `${m.channel}: ${m.processingTime}`)
    .join('\n');
}

function fees(fields: ProcedureFields): string {
  if (fields.fees) return fields.fees;
  return fields.methods
    .filter((m) => m.fees)
    .map((m) => `${m.channel}: ${m.fees}`)
    .join('\n');
}

/** Part II: one procedure's content under the headings of the official form. */
function procedureContent(o: DecisionItemOutcome, index: number): Paragraph[] {
  const f = o.after;
  const code = o.item.code ?? f.code;
  const methods = f.methods.map((m) =>
    [
      m.channel,
      m.processingTime && `thời hạn ${m.processingTime}`,
      m.fees && `phí, lệ phí ${m.fees}`,
      m.description,
    ]
      .filter(Boolean)
      .join('; '),
  );
  const dossier = f.dossier.map((d) => {
    const counts = [d.originals && `bản chính: ${d.originals}`, d.copies && `bản sao: ${d.copies}`]
      .filter(Boolean)
      .join(', ');
    return `- ${d.name}${counts ? ` (${counts})` : ''}${d.template ? `; mẫu: ${d.template}` : ''}`;
  });
  const parts: [string, string[]][] = [
    ['Trình tự thực hiện', nonEmptyLines(f.steps ?? '')],
    ['Cách thức thực hiện', methods],
    ['Thành phần, số lượng hồ sơ', dossier],
    ['Thời hạn giải quyết', nonEmptyLines(timeLimit(f))],
    ['Đối tượng thực hiện thủ tục hành chính', nonEmptyLines(f.subjects ?? '')],
    ['Cơ quan thực hiện thủ tục hành chính', nonEmptyLines(f.agency ?? '')],
    ['Kết quả thực hiện thủ tục hành chính', nonEmptyLines(f.result ?? '')],
    ['Phí, lệ phí', nonEmptyLines(fees(f))],
    ['Yêu cầu, điều kiện thực hiện thủ tục hành chính', nonEmptyLines(f.requirements ?? '')],
    ['Căn cứ pháp lý của thủ tục hành chính', f.legalBasis.map(legalRef)],
  ];
  return [
    paragraph(`${index}. ${f.name}${code ? ` (Mã TTHC: ${code})` : ''}`, { bold: true, before: 200 }),
    ...parts.flatMap(([label, content], k) => [
      paragraph(`${k + 1}. ${label}:`, { bold: true, italics: true, before: 60 }),
      ...(content.length > 0 ? content : ['Không có thông tin.']).map((text) =>
        paragraph(text, { indent: true }),
      ),
    ]),
  ];
}

interface AnnexTextOptions extends TextOptions {
  indent?: boolean;
}

function paragraph(text: string, options: AnnexTextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: 60 },
    indent: options.indent ? { firstLine: 567 } : undefined,
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })],
  });
}
