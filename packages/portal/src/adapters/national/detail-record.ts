import {
  type DossierComponent,
  type LegalRef,
  makeProcedureFields,
  type ProcedureFieldName,
  parseLevels,
  type SubmissionMethod,
} from '@niemyet/core';
import type { DetailPage } from '../../types';
import { sharedMethodValue } from './procedure-parts';
import { readShownCode } from './shown-code';

/** Fields of the national record that `ProcedureFields` has no place for. */
export interface NationalRecordExtras {
  /** "Số quyết định": the decision (or document) that published the record, as written. */
  decisionNumber: string | null;
  /** "Cơ quan có thẩm quyền". */
  authority: string | null;
  /** "Địa chỉ tiếp nhận HS". */
  receptionAddress: string | null;
  /** "Cơ quan được ủy quyền". */
  authorisedAgency: string | null;
  /** "Cơ quan phối hợp". */
  coordinatingAgency: string | null;
  keywords: string | null;
  description: string | null;
}

/**
 * What the national adapter reads from a procedure page: the `DetailPage` contract plus what
 * the contract cannot hold. `fieldsShown` lists the procedure fields the page actually shows
 * with a value: every other field of `procedure` is a schema default, not "the portal says
 * nothing" — a summary page has no legal basis section at all, and the full page leaves steps
 * and requirements empty until its scripts fill them in.
 */
export interface NationalDetailPage extends DetailPage {
  source: 'full' | 'summary';
  fieldsShown: ProcedureFieldName[];
  extras: NationalRecordExtras;
  /** Every labelled row or section as shown (label → one-line text), as audit evidence. */
  labelled: Record<string, string>;
}

/** What a page reader collected; null/absent means the page does not show it. */
export interface CollectedRecord {
  rawCode: string | null;
  portalId: string | null;
  name: string | null;
  levels: string | null;
  field: string | null;
  agency: string | null;
  procedureType: string | null;
  steps: string | null;
  subjects: string | null;
  result: string | null;
  requirements: string | null;
  processingTime: string | null;
  fees: string | null;
  methods: SubmissionMethod[] | null;
  dossier: DossierComponent[] | null;
  legalBasis: LegalRef[] | null;
}

export const EMPTY_RECORD: CollectedRecord = {
  rawCode: null,
  portalId: null,
  name: null,
  levels: null,
  field: null,
  agency: null,
  procedureType: null,
  steps: null,
  subjects: null,
  result: null,
  requirements: null,
  processingTime: null,
  fees: null,
  methods: null,
  dossier: null,
  legalBasis: null,
};

export const NO_EXTRAS: NationalRecordExtras = {
  decisionNumber: null,
  authority: null,
  receptionAddress: null,
  authorisedAgency: null,
  coordinatingAgency: null,
  keywords: null,
  description: null,
};

/**
 * The portal's central level is one label with a comma in it, "Cấp Bộ, Cơ quan khác"
 * (ministry or other central agency), while several levels are also joined with commas
 * ("Cấp Tỉnh, Cấp Huyện"): the phrase becomes "Cấp Bộ" before the levels are split.
 */
const CENTRAL_LEVEL_PHRASE = /c[aấ]p\s+b[oộ]\s*,\s*c[oơ]\s+quan\s+kh[aá]c/giu;
function joinedLevelPhrases(text: string): string {
  return text.normalize('NFC').replace(CENTRAL_LEVEL_PHRASE, 'Cấp Bộ');
}

/**
 * Turns what a page showed into the `DetailPage` contract. Returns null without a name: a
 * procedure page whose record has not loaded is not a reading. The summary time and fees come
 * from the methods when the page gives none of its own and every method agrees.
 */
export function buildDetailPage(
  collected: CollectedRecord,
  pageUrl: URL,
  source: NationalDetailPage['source'],
  extras: NationalRecordExtras,
  labelled: Record<string, string>,
): NationalDetailPage | null {
  if (collected.name === null) return null;
  const shownCode = readShownCode(collected.rawCode);
  const methods = collected.methods ?? [];
  const processingTime = collected.processingTime ?? sharedMethodValue(methods, 'processingTime');
  const fees = collected.fees ?? sharedMethodValue(methods, 'fees');
  const levels = collected.levels === null ? [] : parseLevels(joinedLevelPhrases(collected.levels));

  const shown: ProcedureFieldName[] = ['name', 'portalRefs'];
  if (shownCode.code !== null) shown.push('code');
  const mark = (field: ProcedureFieldName, present: boolean) => {
    if (present) shown.push(field);
  };
  mark('levels', levels.length > 0);
  mark('field', collected.field !== null);
  mark('agency', collected.agency !== null);
  mark('procedureType', collected.procedureType !== null);
  mark('processingTime', processingTime !== null);
  mark('fees', fees !== null);
  mark('methods', collected.methods !== null);
  mark('steps', collected.steps !== null);
  mark('dossier', collected.dossier !== null);
  mark('subjects', collected.subjects !== null);
  mark('result', collected.result !== null);
  mark('requirements', collected.requirements !== null);
  mark('legalBasis', collected.legalBasis !== null);

  const fields = makeProcedureFields({
    code: shownCode.code,
    name: collected.name,
    levels,
    field: collected.field,
    agency: collected.agency,
    procedureType: collected.procedureType,
    processingTime,
    fees,
    methods,
    steps: collected.steps,
    dossier: collected.dossier ?? [],
    subjects: collected.subjects,
    result: collected.result,
    requirements: collected.requirements,
    legalBasis: collected.legalBasis ?? [],
    onlineService: null,
    portalRefs: [{ url: pageUrl.href, portalId: collected.portalId }],
  });
  return {
    kind: 'detail',
    procedure: { ...fields, rawCode: shownCode.rawCode, portalId: collected.portalId },
    source,
    fieldsShown: shown,
    extras,
    labelled,
  };
}
