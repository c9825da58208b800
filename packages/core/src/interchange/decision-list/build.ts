import { decisionRevisionHash } from '../../decisions/revision';
import { sha256Hex } from '../../hashing/canonical-json';
import { type Decision, type DecisionItem, DecisionSchema } from '../../model/decision';
import {
  type ProcedurePatch,
  type ProcedureVersion,
  ProcedureVersionSchema,
  procedureIdOf,
} from '../../model/procedure';
import { documentNumberKey } from '../../parsing/document-number';
import { normalizeText } from '../../text/normalize';
import type { DecisionGroup } from './group';
import { type ColumnMap, headerOf } from './header';
import type { IssueList } from './issues';
import type { ItemRow } from './row';

const DECISION_NUMBER_ORDER = new Intl.Collator('vi', { numeric: true });

/** What the built decisions record about the import. */
export interface BuildContext {
  /** Author of the decisions and actor of their transition. */
  actor: string;
  /** Shown in the transition comment ("Nhập từ <fileName>"). */
  fileName: string;
  /** The transition time. */
  importedAt: string;
}

export interface BuiltDecisions {
  decisions: Decision[];
  baseline: ProcedureVersion[];
  /**
   * For each decision (same index), the levels of its procedures known before it, for log
   * entries of items that do not list them (only those items are in the map).
   */
  levelsBefore: Map<string, string[]>[];
}

export function localProcedureId(decisionKey: string, name: string): string {
  return procedureIdOf(null, `local:${sha256Hex(`${decisionKey}|${normalizeText(name)}`).slice(0, 16)}`);
}

/** Decisions in the order the catalogue applies them: effective date, signed date, number, file order. */
export function compareGroups(a: DecisionGroup, b: DecisionGroup): number {
  const fa = a.rows[0]!;
  const fb = b.rows[0]!;
  return (
    (fa.effectiveOn ?? '').localeCompare(fb.effectiveOn ?? '') ||
    (fa.signedOn ?? '').localeCompare(fb.signedOn ?? '') ||
    DECISION_NUMBER_ORDER.compare(fa.decisionNumber, fb.decisionNumber) ||
    fa.row - fb.row
  );
}

/**
 * Turns groups into issued decisions, in the order the catalogue applies them, and creates a
 * baseline record for every procedure that an item amends or abolishes before anything in
 * the file introduced it: historic lists start in the middle of a catalogue's life.
 */
export function buildDecisions(
  groups: DecisionGroup[],
  columns: ColumnMap,
  context: BuildContext,
  errors: IssueList,
  warnings: IssueList,
  report: (rowsDone: number) => void,
): BuiltDecisions {
  const baseline: ProcedureVersion[] = [];
  const levelsBefore: Map<string, string[]>[] = [];
  // What the history knows so far: levels by procedure, and procedures by normalised name
  // (to link "Không có mã số" items to the procedure an earlier item introduced).
  // A name almost always names one procedure: its id is kept as is, a set only for a name
  // several procedures share (a set per name costs tens of megabytes on a 200,000-row file).
  const knownLevels = new Map<string, string[]>();
  const byName = new Map<string, string | Set<string>>();
  const know = (procedureId: string, name: string, levels: string[]) => {
    if (levels.length > 0 || !knownLevels.has(procedureId)) knownLevels.set(procedureId, levels);
    const key = normalizeText(name);
    const ids = byName.get(key);
    if (ids === undefined) byName.set(key, procedureId);
    else if (typeof ids === 'string') {
      if (ids !== procedureId) byName.set(key, new Set([ids, procedureId]));
    } else ids.add(procedureId);
  };

  const decisions: Decision[] = [];
  let rowsDone = 0;
  for (const group of [...groups].sort(compareGroups)) {
    report(rowsDone);
    rowsDone += group.rows.length;
    const first = group.rows[0]!;
    const seen = new Map<string, number>();
    const levelsOf = new Map<string, string[]>();
    const items: DecisionItem[] = [];
    const introduced: [string, ItemRow][] = [];
    group.rows.forEach((row, index) => {
      let procedureId = row.code ?? localProcedureId(group.key, row.name);
      if (row.code === null && row.action !== 'new') {
        const candidates = byName.get(normalizeText(row.name));
        if (typeof candidates === 'string') procedureId = candidates;
      }
      const duplicate = seen.get(procedureId);
      if (duplicate !== undefined) {
        errors.add(
          row,
          row.code ? headerOf(columns, 'code') : headerOf(columns, 'name'),
          'duplicate-item',
          `thủ tục này đã có ở dòng ${duplicate} của cùng quyết định ${first.decisionNumber} (the procedure appears twice in one decision)`,
          { otherRow: duplicate, decision: first.decisionNumber },
        );
        return;
      }
      seen.set(procedureId, row.row);

      if (row.action !== 'new' && !knownLevels.has(procedureId)) {
        baseline.push(
          ProcedureVersionSchema.parse({
            procedureId,
            code: row.code,
            name: row.name,
            levels: row.levels,
            field: row.field,
            agency: row.agency,
            effectiveFrom: null,
            decisionId: null,
          }),
        );
        warnings.add(
          row,
          row.code ? headerOf(columns, 'code') : headerOf(columns, 'name'),
          'baseline-created',
          `thủ tục «${row.code ?? row.name}» được ${row.action === 'amended' ? 'sửa đổi' : 'bãi bỏ'} nhưng chưa được công bố trước đó trong tệp; đã tạo bản ghi nền từ dòng này (procedure not known before this decision: a baseline record was created from this row)`,
          { procedure: row.code ?? row.name, action: row.action },
        );
        know(procedureId, row.name, row.levels);
      }
      // Only an item that states no levels of its own is logged with the levels known before it.
      if (row.action === 'abolished' || row.levels.length === 0)
        levelsOf.set(procedureId, row.levels.length > 0 ? row.levels : (knownLevels.get(procedureId) ?? []));
      items.push(itemOf(group.id, index, procedureId, row));
      introduced.push([procedureId, row]);
    });
    // Later decisions see what this one introduced.
    for (const [procedureId, row] of introduced) know(procedureId, row.name, row.levels);
    decisions.push(decisionOf(group, items, context));
    levelsBefore.push(levelsOf);
  }
  return { decisions, baseline, levelsBefore };
}

function itemIdOf(decisionId: string, index: number): string {
  return `${decisionId}#${index + 1}`;
}

export function itemOf(decisionId: string, index: number, procedureId: string, row: ItemRow): DecisionItem {
  const changes: ProcedurePatch = {};
  if (row.action === 'new') changes.code = row.code;
  if (row.action !== 'abolished') {
    // An empty cell means "not stated", never "cleared": only what the row gives is a change.
    changes.name = row.name;
    if (row.levels.length > 0) changes.levels = row.levels;
    if (row.field !== null) changes.field = row.field;
    if (row.agency !== null) changes.agency = row.agency;
    if (row.legalBasis.length > 0) changes.legalBasis = row.legalBasis;
  }
  return {
    id: itemIdOf(decisionId, index),
    action: row.action,
    procedureId,
    code: row.code,
    rawCode: row.rawCode,
    name: row.name,
    changes,
    reason: null,
    // For an abolished item the legal-basis cell names the abolishing document.
    causeDocument: row.action === 'abolished' ? (row.legalBasis[0] ?? null) : null,
    nationalDbOn: row.nationalDbOn,
  };
}

/**
 * The number to keep for a decision: its canonical form ("Số 2751/qđ-ubnd." → "2751/QĐ-UBND"),
 * the one most rows agree on when they differ (a row typed without diacritics loses to the rest).
 */
export function decisionNumberOf(group: DecisionGroup): string {
  const counts = new Map<string, number>();
  for (const row of group.rows) {
    const key = documentNumberKey(row.decisionNumber);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return best;
}

function decisionOf(group: DecisionGroup, items: DecisionItem[], context: BuildContext): Decision {
  const first = group.rows[0]!;
  const levels = [...new Set(group.rows.flatMap((r) => r.levels))];
  const fields = [...new Set(group.rows.map((r) => r.field).filter((f): f is string => f !== null))];
  const agencies = [...new Set(group.rows.map((r) => r.agency).filter((a): a is string => a !== null))];
  const content = {
    number: decisionNumberOf(group),
    title: '',
    issuer: null,
    signer: null,
    signedOn: first.signedOn,
    effectiveOn: first.effectiveOn,
    scope: { agency: agencies.length === 1 ? agencies[0]! : null, fields, levels },
    items,
    legalBasis: [],
    attachments: [],
  };
  const { actor, importedAt, fileName } = context;
  // Checked against its schema as it is made: the unchecked object dies young, so a large
  // import never holds two copies of its decisions.
  return DecisionSchema.parse({
    id: group.id,
    ...content,
    state: 'issued',
    author: actor,
    revision: 0,
    revisionHash: decisionRevisionHash(content),
    reviewers: [],
    approvals: [],
    transitions: [{ from: null, to: 'issued', actor, at: importedAt, comment: `Nhập từ ${fileName}` }],
  } satisfies Decision) as Decision;
}
