import type { OnlineService } from '@niemyet/core';
import type { ListingRow } from '../../types';
import { CellGrid, distinctCells, type PlacedCell } from './cell-grid';
import type { CellTexts } from './cell-text';
import { type ColumnRole, roleOfHeader } from './column-roles';
import { firstNavigableHref, portalIdOf } from './detail-link';
import { type GroupHeading, looksLikePagerOrFooter, readGroupHeading } from './group-heading';
import { captionFields, readNameCell } from './name-cell';
import { higherOnlineService, parseOnlineService } from './online-service';
import { parseLevels } from './parsing';
import { codeInCell, codeInHrefs, codeInText, nameWithoutCode } from './row-code';
import type { TableCandidate } from './table-header';
import { findDescendant, linksIn } from './walk';

/**
 * Reading the data rows of a recognised listing table. Every row costs work proportional to
 * its own cells (no document-wide query per row), so a 50,000-row table reads in linear time.
 */

export interface ReadRow {
  row: Omit<ListingRow, 'elementIndex'>;
  element: Element;
}

// Rows that are chrome, not data: Telerik's pager/footer/"no records" rows and the like.
const CHROME_ROW = /\b(?:rgPager|rgFooter|rgNoRecords|rgFilterRow|rgEditRow|pager|pagination|footer)\b/i;
const GROUP_ROW = /\b(?:rgGroupHeader|group-?header|group-?row|nhom)\b/i;
// A Roman numeral or a capital letter in the STT column marks a group ("I", "II.", "A").
const GROUP_INDEX = /^(?:[IVXLC]+|[A-ZĐ])\.?$/u;
// A mark in a "Mức độ 4" column: any text but a no.
const NO_MARK = /^(?:0|-|–|không|khong|no|n\/a)$/i;

interface Group {
  field?: string;
  levels?: string[];
}

function applyHeading(group: Group, heading: GroupHeading): void {
  if (heading.levels) {
    group.levels = heading.levels;
    // A new level starts a new run of fields.
    delete group.field;
  }
  if (heading.field !== undefined) group.field = heading.field;
}

/** Caches a parser's answers per input; bounded, since hostile pages may vary every value. */
function memoize<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = parse(text);
      if (cache.size < 1000) cache.set(text, value);
    }
    return value as T;
  };
}

function splitLegalBasis(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split(/\s*;\s*/))
    .map((line) => line.replace(/^[-–•+*]\s*/u, '').trim())
    .filter((line) => line !== '');
}

/** The data cell under the link: the link's ancestor that is a cell of `row`. */
function cellOf(link: Element, row: Element): Element | null {
  let node: Element | null = link;
  while (node && node.parentElement !== row) node = node.parentElement;
  return node;
}

function hasMark(cell: Element, text: string): boolean {
  if (text !== '') return !NO_MARK.test(text);
  // A tick drawn as an icon: <img>, <i class="fa fa-check">, <svg>, a checked checkbox.
  return (
    findDescendant(
      cell,
      (e) =>
        e.localName === 'img' ||
        e.localName === 'i' ||
        e.localName === 'svg' ||
        (e.localName === 'input' && e.hasAttribute('checked')) ||
        /check/i.test(e.getAttribute('class') ?? ''),
    ) !== null
  );
}

/** Cells under a role's columns (a cell spanning two of them counts once). */
function roleCells(placed: readonly (PlacedCell | undefined)[], columns: readonly number[]): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const column of columns) {
    const cell = placed[column];
    if (cell && !out.some((c) => c.element === cell.element)) out.push(cell);
  }
  return out;
}

/** The text under a role's columns, non-empty cells joined by a space. */
function roleValue(
  placed: readonly (PlacedCell | undefined)[],
  columns: readonly number[],
  texts: CellTexts,
): string {
  if (columns.length === 1) {
    const cell = placed[columns[0]!];
    return cell ? texts.text(cell.element) : '';
  }
  return roleCells(placed, columns)
    .map((c) => texts.text(c.element))
    .filter((t) => t !== '')
    .join(' ');
}

const NO_COLUMNS: readonly number[] = [];

export function readTableRows(candidate: TableCandidate, texts: CellTexts, base: URL): ReadRow[] {
  const { rows, columns } = candidate;
  const grid = new CellGrid();
  const group: Group = {};
  const result: ReadRow[] = [];
  const columnsOf = (role: ColumnRole): readonly number[] => columns.roles.get(role) ?? NO_COLUMNS;
  const has = (role: ColumnRole) => columns.roles.has(role);
  const indexColumn = columnsOf('index')[0];
  const headerLabels = new Set(columns.labels.get('name') ?? []);
  // Level and online-service cells repeat a handful of values: parse each value once.
  const levelsOf = memoize(parseLevels);
  const onlineOf = memoize(parseOnlineService);

  for (let r = columns.firstDataRow; r < rows.length; r++) {
    const element = rows[r]!;
    const section = element.parentElement?.localName;
    if (section === 'thead' || section === 'tfoot') continue;
    const placed = grid.place(element);
    const className = element.getAttribute('class') ?? '';
    if (CHROME_ROW.test(className)) continue;

    const cells = distinctCells(placed);
    const own = cells.filter((c) => c.own);
    const ownTexts = own.map((c) => texts.text(c.element));
    const nonEmpty = own.filter((_, i) => ownTexts[i] !== '');
    if (nonEmpty.length === 0) continue;

    const cellsFor = (role: ColumnRole) => roleCells(placed, columnsOf(role));
    const shownValue = (role: ColumnRole) => roleValue(placed, columnsOf(role), texts);

    // Group rows: Telerik's class, one cell across the table, or a Roman numeral for STT.
    const indexText =
      indexColumn !== undefined && placed[indexColumn]?.own ? texts.text(placed[indexColumn].element) : '';
    const singleCell =
      nonEmpty.length === 1 && columns.width > 1 && (nonEmpty[0]!.span > 1 || own.length === 1);
    const romanGroup = GROUP_INDEX.test(indexText) && codeInText(shownValue('code')) === null;
    if (GROUP_ROW.test(className) || singleCell || romanGroup) {
      const headingText = nonEmpty
        .map((c) => texts.text(c.element))
        .filter((t) => !(romanGroup && t === indexText))
        .join(' ');
      const heading = readGroupHeading(headingText);
      if (heading) applyHeading(group, heading);
      continue;
    }

    // The name without the captions, badges and later lines of its cell (`name-cell.ts`).
    const nameCells = cellsFor('name').map((c) => readNameCell(c.element));
    const shownName = nameCells
      .map((c) => c.name)
      .filter((t) => t !== '')
      .join(' ');
    if (shownName === '') continue;
    const caption = captionFields(nameCells.flatMap((c) => c.extras));
    // A header repeated inside the body: the header's own label, or header cells (<th>).
    if (
      headerLabels.has(shownName) ||
      (own.every((c) => c.element.localName === 'th') && roleOfHeader(shownName) === 'name')
    ) {
      continue;
    }
    if (nonEmpty.length === 1 && looksLikePagerOrFooter(shownName)) continue;

    const links = linksIn(element);
    const nameElements = new Set(cellsFor('name').map((c) => c.element));
    const codeCells = new Set(cellsFor('code').map((c) => c.element));
    const linkIn = (cellsSet: Set<Element>) =>
      links.filter((a) => {
        const cell = cellOf(a, element);
        return cell !== null && cellsSet.has(cell);
      });
    const detailUrl =
      firstNavigableHref(linkIn(nameElements), base) ??
      firstNavigableHref(linkIn(codeCells), base) ??
      firstNavigableHref(links, base);

    // The code: its column, else a link, else the name cell's caption ("Mã: 1.004227"), else
    // the name, else any cell nobody claimed.
    let fromName = false;
    let parsed = cellsFor('code').reduce<ReturnType<typeof codeInCell>>(
      (found, c) => found ?? codeInCell(texts.text(c.element)),
      null,
    );
    parsed ??= codeInHrefs(links.map((a) => a.getAttribute('href') ?? ''));
    parsed ??= caption.code;
    if (!parsed) {
      parsed = codeInText(shownName);
      fromName = parsed !== null;
    }
    if (!parsed) {
      const claimed = new Set<Element>();
      for (const cols of columns.roles.values())
        for (const c of cols) if (placed[c]) claimed.add(placed[c].element);
      for (const cell of own) {
        if (claimed.has(cell.element)) continue;
        parsed = codeInText(texts.text(cell.element));
        if (parsed) break;
      }
    }
    const name = parsed && fromName ? nameWithoutCode(shownName, parsed.raw) : shownName;

    const row: Omit<ListingRow, 'elementIndex'> = {
      code: parsed?.code ?? null,
      rawCode: parsed?.raw ?? null,
      name,
      text: ownTexts.filter((t) => t !== '').join(' | '),
    };

    const levelText = shownValue('level');
    // A column says it best; a caption of the name cell next; a group row last.
    const levels = levelText !== '' ? levelsOf(levelText) : (caption.levels ?? group.levels);
    if (levels && levels.length > 0) row.levels = [...levels];
    if (has('field')) row.field = shownValue('field') || caption.field || group.field || null;
    else if (caption.field !== null) row.field = caption.field;
    else if (group.field !== undefined) row.field = group.field;
    if (has('agency')) row.agency = shownValue('agency') || caption.agency || null;
    else if (caption.agency !== null) row.agency = caption.agency;

    if (has('onlineService') || columns.onlineFlags.size > 0) {
      let online: OnlineService | null = has('onlineService') ? onlineOf(shownValue('onlineService')) : null;
      for (const [column, value] of columns.onlineFlags) {
        const cell = placed[column];
        if (cell && hasMark(cell.element, texts.text(cell.element)))
          online = higherOnlineService(online, value);
      }
      // Under "Toàn trình" | "Một phần" columns, no tick at all means no online service.
      if (online === null && columns.onlineFlags.size > 0 && !has('onlineService')) online = 'none';
      row.onlineService = online;
    }
    if (has('processingTime')) row.processingTime = shownValue('processingTime') || null;
    if (has('fees')) row.fees = shownValue('fees') || null;
    if (has('legalBasis')) {
      const basis = splitLegalBasis(cellsFor('legalBasis').flatMap((c) => texts.lines(c.element)));
      if (basis.length > 0) row.legalBasis = basis;
    }
    row.detailUrl = detailUrl;
    row.portalId = portalIdOf(detailUrl);
    result.push({ row, element });
  }
  return result;
}
