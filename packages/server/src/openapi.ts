import {
  ActivityQuerySchema,
  ActivityResponseSchema,
  API_ROUTES,
  ApiErrorSchema,
  CampaignBodySchema,
  CampaignDetailResponseSchema,
  CampaignListResponseSchema,
  CatalogueQuerySchema,
  CatalogueResponseSchema,
  CatalogueSnapshotQuerySchema,
  CatalogueSnapshotSchema,
  ChangeLogExportQuerySchema,
  ChangeLogQuerySchema,
  ChangeLogResponseSchema,
  ChangeLogVerifyResponseSchema,
  DecisionCommentBodySchema,
  DecisionCommentSchema,
  DecisionCommentsResponseSchema,
  DecisionCreateBodySchema,
  DecisionCreatedResponseSchema,
  DecisionDetailResponseSchema,
  DecisionListQuerySchema,
  DecisionListResponseSchema,
  DecisionPatchBodySchema,
  DecisionRevisionResponseSchema,
  DecisionRevisionsResponseSchema,
  DemoResponseSchema,
  DocumentBodySchema,
  DocumentDetailResponseSchema,
  DocumentImportResponseSchema,
  DocumentListQuerySchema,
  DocumentListResponseSchema,
  DocumentWriteResponseSchema,
  DraftFromTasksBodySchema,
  DraftFromTasksResponseSchema,
  ImpactResponseSchema,
  ImportDecisionsResponseSchema,
  ImportErrorResponseSchema,
  LegalBasisFlagsQuerySchema,
  LegalBasisFlagsResponseSchema,
  MeResponseSchema,
  NationalDbBodySchema,
  OfficeBodySchema,
  OfficeCreatedSchema,
  OfficeListResponseSchema,
  OfficePatchSchema,
  OfficeSchema,
  PeopleResponseSchema,
  PeriodReportExportQuerySchema,
  PeriodReportQuerySchema,
  PeriodReportResponseSchema,
  PostingSheetSchema,
  ProcedureHistoryResponseSchema,
  ProcedureLegalBasisResponseSchema,
  PublicationCreateBodySchema,
  PublicationSchema,
  PublicationsResponseSchema,
  PublicOfficeListResponseSchema,
  PublicOfficeResponseSchema,
  RepostingChecklistResponseSchema,
  RepostingDoneBodySchema,
  RestoreResponseSchema,
  ReviewDashboardResponseSchema,
  ReviewTaskListQuerySchema,
  ReviewTaskListResponseSchema,
  ReviewTaskPatchSchema,
  ReviewTaskViewSchema,
  SessionCreateBodySchema,
  SetupBodySchema,
  SetupStatusResponseSchema,
  TransitionBodySchema,
  UserCreateBodySchema,
  UserPatchBodySchema,
  UserSchema,
  UsersResponseSchema,
  ValidationErrorResponseSchema,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import { z } from 'zod';
import { AtQuerySchema, ImpactQuerySchema, IssuerKindQuerySchema } from './legal/legal-queries';

/**
 * The OpenAPI 3.1 document at `GET /api/openapi.json`, generated from core's route table and
 * the same zod schemas the server validates with, so it cannot drift from what is enforced.
 */
interface RouteSchemas {
  body?: z.ZodType;
  bodyType?: string;
  query?: z.ZodObject;
  response?: z.ZodType;
  status?: number;
}

const SCHEMAS: Record<string, RouteSchemas> = {
  'GET /api/setup': { response: SetupStatusResponseSchema },
  'POST /api/setup': { body: SetupBodySchema, status: 204 },
  'POST /api/session': { body: SessionCreateBodySchema, status: 204 },
  'DELETE /api/session': { status: 204 },
  'GET /api/me': { response: MeResponseSchema },
  'GET /api/users': { response: UsersResponseSchema },
  'GET /api/people': { response: PeopleResponseSchema },
  'POST /api/users': { body: UserCreateBodySchema, response: UserSchema, status: 201 },
  'PATCH /api/users/:username': { body: UserPatchBodySchema, response: UserSchema },
  'GET /api/activity': { query: ActivityQuerySchema, response: ActivityResponseSchema },
  'POST /api/imports/decisions': { bodyType: 'text/csv', response: ImportDecisionsResponseSchema },
  'POST /api/imports/workspace': { body: WorkspaceBundleSchema, response: ImportDecisionsResponseSchema },
  'GET /api/catalogue': { query: CatalogueQuerySchema, response: CatalogueResponseSchema },
  'GET /api/catalogue/snapshot': { query: CatalogueSnapshotQuerySchema, response: CatalogueSnapshotSchema },
  'GET /api/catalogue/published': { response: CatalogueSnapshotSchema },
  'GET /api/procedures/:id': { response: ProcedureHistoryResponseSchema },
  'GET /api/decisions': { query: DecisionListQuerySchema, response: DecisionListResponseSchema },
  'POST /api/decisions': {
    body: DecisionCreateBodySchema,
    response: DecisionCreatedResponseSchema,
    status: 201,
  },
  'GET /api/decisions/:id': { response: DecisionDetailResponseSchema },
  'PATCH /api/decisions/:id': { body: DecisionPatchBodySchema, response: DecisionDetailResponseSchema },
  'POST /api/decisions/:id/transitions': {
    body: TransitionBodySchema,
    response: DecisionDetailResponseSchema,
  },
  'GET /api/decisions/:id/revisions': { response: DecisionRevisionsResponseSchema },
  'GET /api/decisions/:id/revisions/:revision': { response: DecisionRevisionResponseSchema },
  'GET /api/decisions/:id/comments': { response: DecisionCommentsResponseSchema },
  'POST /api/decisions/:id/comments': {
    body: DecisionCommentBodySchema,
    response: DecisionCommentSchema,
    status: 201,
  },
  'POST /api/decisions/:id/national-db': {
    body: NationalDbBodySchema,
    response: DecisionDetailResponseSchema,
  },
  'GET /api/changelog': { query: ChangeLogQuerySchema, response: ChangeLogResponseSchema },
  'GET /api/changelog/verify': { response: ChangeLogVerifyResponseSchema },
  'GET /api/changelog/export': { query: ChangeLogExportQuerySchema },
  'GET /api/reports/period': { query: PeriodReportQuerySchema, response: PeriodReportResponseSchema },
  'GET /api/reports/period/export': { query: PeriodReportExportQuerySchema },
  'GET /api/publications': { response: PublicationsResponseSchema },
  'POST /api/publications': { body: PublicationCreateBodySchema, response: PublicationSchema, status: 201 },
  'GET /api/backup': { response: WorkspaceBundleSchema },
  'POST /api/restore': { body: WorkspaceBundleSchema, response: RestoreResponseSchema },
  'POST /api/demo': { response: DemoResponseSchema },
  'GET /api/documents': { query: DocumentListQuerySchema, response: DocumentListResponseSchema },
  'POST /api/documents': {
    body: DocumentBodySchema,
    query: IssuerKindQuerySchema,
    response: DocumentWriteResponseSchema,
    status: 201,
  },
  'POST /api/documents/import': {
    bodyType: 'text/csv',
    query: IssuerKindQuerySchema,
    response: DocumentImportResponseSchema,
  },
  'GET /api/documents/:number': { query: AtQuerySchema, response: DocumentDetailResponseSchema },
  'PUT /api/documents/:number': {
    body: DocumentBodySchema,
    query: IssuerKindQuerySchema,
    response: DocumentWriteResponseSchema,
  },
  'GET /api/impact': { query: ImpactQuerySchema, response: ImpactResponseSchema },
  'GET /api/procedures/:id/legal-basis': {
    query: AtQuerySchema,
    response: ProcedureLegalBasisResponseSchema,
  },
  'GET /api/legal-basis/flags': {
    query: LegalBasisFlagsQuerySchema,
    response: LegalBasisFlagsResponseSchema,
  },
  'GET /api/review-campaigns': { response: CampaignListResponseSchema },
  'POST /api/review-campaigns': {
    body: CampaignBodySchema,
    response: CampaignDetailResponseSchema,
    status: 201,
  },
  'GET /api/review-campaigns/:id': { response: CampaignDetailResponseSchema },
  'GET /api/review-tasks': { query: ReviewTaskListQuerySchema, response: ReviewTaskListResponseSchema },
  'PATCH /api/review-tasks/:id': { body: ReviewTaskPatchSchema, response: ReviewTaskViewSchema },
  'POST /api/review-tasks/draft-decision': {
    body: DraftFromTasksBodySchema,
    response: DraftFromTasksResponseSchema,
    status: 201,
  },
  'GET /api/reviews/dashboard': { query: AtQuerySchema, response: ReviewDashboardResponseSchema },
  'GET /api/offices': { query: AtQuerySchema, response: OfficeListResponseSchema },
  'POST /api/offices': { body: OfficeBodySchema, response: OfficeCreatedSchema, status: 201 },
  'GET /api/offices/:id': { response: OfficeSchema },
  'PATCH /api/offices/:id': { body: OfficePatchSchema, response: OfficeSchema },
  'GET /api/offices/:id/sheet': { query: AtQuerySchema, response: PostingSheetSchema },
  'GET /api/offices/:id/sheet.docx': { query: AtQuerySchema },
  'GET /api/offices/:id/checklist': { query: AtQuerySchema, response: RepostingChecklistResponseSchema },
  'POST /api/offices/:id/checklist/done': {
    body: RepostingDoneBodySchema,
    response: RepostingChecklistResponseSchema,
  },
  'GET /api/public/offices': { response: PublicOfficeListResponseSchema },
  'GET /api/public/offices/:id': { response: PublicOfficeResponseSchema },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

let cached: unknown = null;

export function openApiDocument(): unknown {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const schemas = SCHEMAS[`${route.method} ${route.path}`] ?? {};
    const parameters = [
      ...[...route.path.matchAll(/:(\w+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(schemas.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema: jsonSchema(schema as z.ZodType, 'input'),
      })),
    ];
    const status = String(schemas.status ?? 200);
    const operation: Record<string, unknown> = {
      summary: route.summary,
      'x-niemyet-access': route.access,
      ...(parameters.length ? { parameters } : {}),
      responses: {
        [status]: schemas.response
          ? {
              description: 'OK',
              content: { 'application/json': { schema: jsonSchema(schemas.response, 'output') } },
            }
          : { description: 'OK' },
        ...(route.path === '/api/imports/decisions' || route.path === '/api/documents/import'
          ? {
              422: {
                description: 'CSV errors',
                content: { 'application/json': { schema: jsonSchema(ImportErrorResponseSchema, 'output') } },
              },
            }
          : {}),
        ...(route.path.startsWith('/api/decisions/')
          ? {
              422: {
                description: 'validation',
                content: {
                  'application/json': { schema: jsonSchema(ValidationErrorResponseSchema, 'output') },
                },
              },
            }
          : {}),
        default: {
          description: 'error',
          content: { 'application/json': { schema: jsonSchema(ApiErrorSchema, 'output') } },
        },
      },
    };
    if (schemas.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(schemas.body, 'input') } },
      };
    if (schemas.bodyType)
      operation.requestBody = {
        required: true,
        content: { [schemas.bodyType]: { schema: { type: 'string' } } },
      };
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  cached = {
    openapi: '3.1.0',
    info: { title: 'Niêm yết team server', version: '1' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'niemyet_session' } } },
    security: [{ session: [] }],
    paths,
  };
  return cached;
}
