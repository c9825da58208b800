import type { LegalDocument } from '../model/legal-document';
import { findDocumentNumbers, parseDocumentNumber } from '../parsing/document-number';
import { cleanText, searchKey } from '../text/normalize';

type RelationKind = LegalDocument['relations'][number]['kind'];

// What a registry cell says a document does, compared by search key (no diacritics or case),
// longest first so "sửa đổi, bổ sung" is not read as "sửa đổi" followed by junk.
const VERBS: readonly [string, RelationKind][] = [
  ['sua doi bo sung', 'amends'],
  ['sua doi', 'amends'],
  ['bo sung', 'amends'],
  ['amends', 'amends'],
  ['thay the', 'replaces'],
  ['replaces', 'replaces'],
  ['bai bo', 'abolishes'],
  ['huy bo', 'abolishes'],
  ['abolishes', 'abolishes'],
];

export interface RelationProblem {
  /** The part of the cell that could not be read, as written. */
  part: string;
  reason: 'no-verb' | 'no-number';
}

export type RelationsParse =
  | { ok: true; relations: LegalDocument['relations'] }
  | { ok: false; problems: RelationProblem[] };

/**
 * Reads a relations cell: parts separated by `;` or line breaks, each a verb and one or more
 * document numbers — "sửa đổi 43/2014/NĐ-CP; thay thế 01/2018/TT-VPCP", "sửa đổi, bổ sung một
 * số điều của Nghị định số 43/2014/NĐ-CP", "bãi bỏ 5/2019/QĐ-UBND và 6/2019/QĐ-UBND".
 * Targets are kept as canonical numbers; the same relation twice is kept once.
 */
export function parseRelationsText(text: string): RelationsParse {
  const relations: LegalDocument['relations'] = [];
  const problems: RelationProblem[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[;\n]/)) {
    const part = cleanText(raw);
    if (part === '') continue;
    const key = searchKey(part);
    const verb = VERBS.find(([words]) => key === words || key.startsWith(`${words} `));
    if (!verb) {
      problems.push({ part, reason: 'no-verb' });
      continue;
    }
    let numbers = findDocumentNumbers(part).map((n) => n.canonical);
    if (numbers.length === 0) {
      // Lower case ("43/2014/nđ-cp") is not taken for a number in running text; the part
      // holds one number after its verb, so read it as a field.
      const single = parseDocumentNumber(part.replace(/^\D*/u, ''));
      numbers = single ? [single.canonical] : [];
    }
    if (numbers.length === 0) {
      problems.push({ part, reason: 'no-number' });
      continue;
    }
    for (const target of numbers) {
      const id = `${verb[1]} ${target}`;
      if (seen.has(id)) continue;
      seen.add(id);
      relations.push({ kind: verb[1], target });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, relations };
}
