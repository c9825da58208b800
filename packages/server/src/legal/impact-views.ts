import {
  documentImpact,
  ENDED_STATUSES,
  type ImpactResponse,
  type IsoDate,
  type LegalBasisFlagsResponse,
  legalBasisFlags,
  legalDocumentStatusOn,
  type ProcedureLegalBasisResponse,
  procedureLegalBasis,
} from '@niemyet/core';
import type { Services } from '../context';
import { notFound } from '../http/errors';
import { activeOn, registryOf, today } from './legal-reading';
import { procedureRef } from './procedure-refs';

/** Impact and legal basis over the cached catalogue of a date (core's citation index, built once per catalogue). */

export async function impactOf(
  services: Services,
  number: string,
  at: IsoDate | undefined,
): Promise<ImpactResponse> {
  const day = at ?? today(services);
  const impact = documentImpact(await activeOn(services, day), number, day);
  return { document: impact.document, at: impact.at, procedures: impact.procedures.map(procedureRef) };
}

export async function legalBasisOf(
  services: Services,
  procedureId: string,
  at: IsoDate | undefined,
): Promise<ProcedureLegalBasisResponse> {
  const day = at ?? today(services);
  const [registry, active] = await Promise.all([registryOf(services.db), activeOn(services, day)]);
  const version = active.get(procedureId);
  if (!version) throw notFound('thủ tục', procedureId);
  const entries = procedureLegalBasis(version, registry, day).map((entry) => ({
    ref: entry.ref,
    number: entry.key,
    status: entry.status,
    by: entry.document ? (legalDocumentStatusOn(entry.document, registry, day).by?.number ?? null) : null,
  }));
  return {
    procedureId,
    at: day,
    entries,
    flagged: entries.some((e) => e.status !== 'cited_only' && ENDED_STATUSES.has(e.status)),
  };
}

export async function flagsOf(
  services: Services,
  query: { at?: IsoDate; field?: string; agency?: string; limit: number; offset: number },
): Promise<LegalBasisFlagsResponse> {
  const day = query.at ?? today(services);
  const [registry, active] = await Promise.all([registryOf(services.db), activeOn(services, day)]);
  const flags = legalBasisFlags(active, registry, day);
  const listed = flags.procedures.filter(
    (f) =>
      (query.field === undefined || f.procedure.field === query.field) &&
      (query.agency === undefined || f.procedure.agency === query.agency),
  );
  return {
    at: day,
    total: listed.length,
    procedures: listed
      .slice(query.offset, query.offset + query.limit)
      .map((f) => ({ procedure: procedureRef(f.procedure), documents: f.documents })),
    byField: flags.byField,
    byAgency: flags.byAgency,
    byDocument: flags.byDocument,
  };
}
