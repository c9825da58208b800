import { z } from 'zod';
import type { FieldDiff } from '../diff/field-diff';
import type { WordDiffPart } from '../diff/word-diff';
import { ProcedureFieldsSchema } from '../model/procedure';
import type { AuditEvidence, AuditFinding, AuditStatus, AuditSummary } from './listing-audit';
import type { NameCandidate } from './name-candidates';

/**
 * The audit's results as zod schemas, for every boundary they cross (the extension's messages,
 * its stored audits): defined once here, beside the types they check, so a reader on the far
 * side parses exactly what `auditRows` produces. Each `satisfies` keeps the schema and the
 * type in step: a field added to one and not the other is a type error.
 */

export const AuditStatusSchema = z.enum([
  'match',
  'changed',
  'abolished',
  'unknown',
  'not-yet-effective',
  'missing',
]) satisfies z.ZodType<AuditStatus>;

export const AuditSummarySchema = z.object({
  match: z.number().int(),
  changed: z.number().int(),
  abolished: z.number().int(),
  unknown: z.number().int(),
  notYetEffective: z.number().int(),
  missing: z.number().int(),
}) satisfies z.ZodType<AuditSummary>;

export const WordDiffPartSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
}) satisfies z.ZodType<WordDiffPart>;

export const FieldDiffSchema = z.object({
  field: ProcedureFieldsSchema.keyof(),
  kind: z.enum(['text', 'list', 'damaged']),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  parts: z.array(WordDiffPartSchema).nullable(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
}) satisfies z.ZodType<FieldDiff>;

export const NameCandidateSchema = z.object({
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  score: z.number(),
}) satisfies z.ZodType<NameCandidate>;

export const AuditEvidenceSchema = z.object({
  url: z.string().nullable(),
  at: z.string(),
  text: z.string(),
}) satisfies z.ZodType<AuditEvidence>;

export const AuditFindingSchema = z.object({
  status: AuditStatusSchema,
  procedureId: z.string().nullable(),
  code: z.string().nullable(),
  rawCode: z.string().nullable(),
  name: z.string(),
  matchedBy: z.enum(['code', 'name']).nullable(),
  diffs: z.array(FieldDiffSchema),
  candidates: z.array(NameCandidateSchema),
  since: z.string().nullable(),
  decisionId: z.string().nullable(),
  rowIndex: z.number().int().nullable(),
  evidence: AuditEvidenceSchema.nullable(),
}) satisfies z.ZodType<AuditFinding>;
