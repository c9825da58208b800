import {
  formatVietnameseDate,
  formatVietnameseNumber,
  type PostingEntry,
  type PostingGroup,
  type PostingSheet,
  submissionChannelLines,
} from '@niemyet/core';
import {
  AlignmentType,
  Document,
  ImageRun,
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
import { qrCodePngs } from './qr-code';

const TABLE_STYLE = 'PostingTableText';
/** The QR image on the page, in pixels at 96 dpi: 2.1 cm, which a phone reads from arm's length. */
const QR_SIZE = 80;

export const POSTING_SHEET_TITLE = 'DANH MỤC THỦ TỤC HÀNH CHÍNH NIÊM YẾT TẠI';

export const POSTING_SHEET_COLUMNS = [
  'STT',
  'Mã thủ tục',
  'Tên thủ tục',
  'Thời hạn giải quyết',
  'Phí, lệ phí',
  'Cách thức nộp',
  'Mã QR',
] as const;

/** Column widths in percent of the table. */
const COLUMN_WIDTHS = [5, 10, 30, 15, 13, 15, 12];

/** What the QR cell says when the national portal has no page for the procedure. */
export const NOT_ON_NATIONAL_PORTAL = 'Chưa có trên Cổng DVCQG';

/**
 * The posting sheet (danh mục niêm yết) of an office as a Word document to print and post at
 * the counter (issue 14): the office's name, area and address, the title, the date the sheet
 * is valid from, one table per field with each procedure's code, name, processing time, fees,
 * how it can be submitted and a QR code opening its page on the national portal, and the
 * total. A4 landscape so the seven columns and the QR codes fit; header rows repeat on every
 * page and a procedure's row is never split across pages.
 */
export async function postingSheetDocx(sheet: PostingSheet): Promise<Uint8Array> {
  const urls = sheet.groups.flatMap((group) =>
    group.entries.flatMap((entry) => (entry.portalUrl ? [entry.portalUrl] : [])),
  );
  const images = qrCodePngs(urls);

  let number = 0;
  const body: (Paragraph | Table)[] =
    sheet.total === 0
      ? [
          paragraph(
            'Không có thủ tục hành chính nào thuộc phạm vi niêm yết tại đây vào ngày này: kiểm tra cơ quan, cấp thực hiện và lĩnh vực của nơi niêm yết.',
            { italics: true, before: 240 },
          ),
        ]
      : sheet.groups.flatMap((group, index) => {
          const table = groupTable(group, number, images);
          number += group.entries.length;
          return [groupHeading(group, index), table];
        });

  const document = new Document({
    creator: 'Niêm yết',
    title: `Danh mục thủ tục hành chính niêm yết tại ${sheet.office.name}`,
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      // One style for every table paragraph rather than a size on each of its thousands of runs.
      paragraphStyles: [
        { id: TABLE_STYLE, name: 'Table text', basedOn: 'Normal', run: { size: TABLE_TEXT } },
      ],
    },
    sections: [
      {
        properties: pageProperties(PageOrientation.LANDSCAPE),
        footers: { default: pageNumberFooter() },
        children: [
          ...heading(sheet),
          ...body,
          paragraph(`Tổng số: ${formatVietnameseNumber(sheet.total)} thủ tục`, { bold: true, before: 240 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function heading(sheet: PostingSheet): Paragraph[] {
  const { office } = sheet;
  return [
    centered(office.name.toLocaleUpperCase('vi'), { bold: true }),
    ...(office.area ? [centered(office.area)] : []),
    ...(office.address ? [centered(`Địa chỉ: ${office.address}`, { italics: true })] : []),
    centered(`${POSTING_SHEET_TITLE} ${office.name.toLocaleUpperCase('vi')}`, {
      bold: true,
      size: HEADING,
      before: 360,
    }),
    centered(`Áp dụng từ ngày ${formatVietnameseDate(sheet.validFrom)}`, { italics: true }),
  ];
}

function groupHeading(group: PostingGroup, index: number): Paragraph {
  const field = group.field ? `Lĩnh vực ${group.field}` : 'Lĩnh vực chưa xác định';
  const count = `${formatVietnameseNumber(group.entries.length)} thủ tục`;
  return paragraph(`${romanNumeral(index)}. ${field} (${count})`, { bold: true, before: 240 });
}

function groupTable(group: PostingGroup, numberedBefore: number, images: Map<string, Uint8Array>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: POSTING_SHEET_COLUMNS.map((text, i) =>
      textCell([text], COLUMN_WIDTHS[i]!, { bold: true, center: true }),
    ),
  });
  const rows = group.entries.map(
    (entry, k) =>
      new TableRow({
        cantSplit: true,
        children: [
          textCell([String(numberedBefore + k + 1)], COLUMN_WIDTHS[0]!, { center: true }),
          textCell([entry.code ?? 'Chưa có mã'], COLUMN_WIDTHS[1]!, { center: true }),
          textCell([entry.name], COLUMN_WIDTHS[2]!, {}),
          textCell(lines(entry.processingTime, 'Không có thông tin'), COLUMN_WIDTHS[3]!, {}),
          textCell(lines(entry.fees, 'Không có thông tin'), COLUMN_WIDTHS[4]!, {}),
          textCell(orMissing(submissionChannelLines(entry.channels)), COLUMN_WIDTHS[5]!, {}),
          qrCell(entry, images),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** How the sheet states the ways to submit, in the order a citizen weighs them. */
function qrCell(entry: PostingEntry, images: Map<string, Uint8Array>): TableCell {
  const image = entry.portalUrl ? images.get(entry.portalUrl) : undefined;
  const children =
    entry.portalUrl && image
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: image,
                transformation: { width: QR_SIZE, height: QR_SIZE },
                link: entry.portalUrl,
                altText: {
                  name: `QR ${entry.code ?? entry.name}`,
                  description: `Mã QR mở trang thủ tục trên Cổng Dịch vụ công quốc gia: ${entry.portalUrl}`,
                },
              }),
            ],
          }),
        ]
      : [
          new Paragraph({
            style: TABLE_STYLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: NOT_ON_NATIONAL_PORTAL, italics: true })],
          }),
        ];
  return new TableCell({
    width: { size: COLUMN_WIDTHS[6]!, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children,
  });
}

function textCell(
  texts: readonly string[],
  width: number,
  options: { bold?: boolean; center?: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: texts.map(
      (text) =>
        new Paragraph({
          style: TABLE_STYLE,
          alignment: options.center ? AlignmentType.CENTER : undefined,
          children: [new TextRun(options.bold ? { text, bold: true } : text)],
        }),
    ),
  });
}

/** A summary's lines (a record may break them), or `missing` when the record says nothing. */
function lines(text: string | null, missing: string): string[] {
  const said = nonEmptyLines(text);
  return said.length > 0 ? said : [missing];
}

function orMissing(said: string[]): string[] {
  return said.length > 0 ? said : ['Không có thông tin'];
}

function paragraph(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    spacing: { before: options.before ?? 0, after: 60 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })],
  });
}
