import { AlignmentType, Footer, PageNumber, type PageOrientation, Paragraph, TextRun } from 'docx';

/**
 * The layout every Word document of the product shares, as an office's official papers have it
 * (Decree 30/2020 on administrative documents): A4, margins of 2 cm (3 cm left, 1.5 cm right),
 * Times New Roman, page numbers centred at the foot; and the few paragraph builders the decision
 * annex and the posting sheet both use.
 */

/** A4 in twentieths of a point (docx turns it for a landscape page itself). */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 };
export const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 14 pt headings, 12 pt in tables. */
export const BODY = 26;
export const HEADING = 28;
export const TABLE_TEXT = 24;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export type Orientation = (typeof PageOrientation)[keyof typeof PageOrientation];

/** A section's page: A4 in `orientation`, official margins. */
export function pageProperties(orientation: Orientation) {
  return { page: { size: { ...A4, orientation }, margin: MARGINS } };
}

export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TABLE_TEXT })],
      }),
    ],
  });
}

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  before?: number;
}

export function centered(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: 60 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })],
  });
}

/** A text's non-empty lines, trimmed (records break steps, fees and times over lines). */
export function nonEmptyLines(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Sections are numbered I, II, III… as official lists number them (then 16, 17… past XV). */
export function romanNumeral(index: number): string {
  return ROMAN[index] ?? String(index + 1);
}
