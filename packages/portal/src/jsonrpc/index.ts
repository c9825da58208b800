/** The national portal's JSON-RPC (`POST /jsp/rest.jsp`): requests, answer schemas, paging. */
export { AGENCIES_SERVICE, type AgencyRow, AgencyRowSchema, readAgenciesResponse } from './agencies';
export {
  DECISION_PROCEDURE_SERVICES,
  type DecisionProcedureRow,
  DecisionProcedureRowSchema,
  decisionItemsFromRows,
  decisionProceduresRequest,
  readDecisionProceduresResponse,
} from './decision-procedures';
export {
  DECISION_SEARCH_SERVICE,
  type DecisionSearchRow,
  DecisionSearchRowSchema,
  readDecisionSearchResponse,
} from './decision-search';
export {
  LISTING_SERVICE,
  type ListingServiceOptions,
  type ListingServiceRow,
  ListingServiceRowSchema,
  listingServiceRequest,
  readListingServiceResponse,
} from './listing-service';
export { pageCount } from './paging';
export { FIELDS_SERVICE, type FieldRow, FieldRowSchema, readFieldsResponse } from './procedure-fields';
export {
  buildRestRequest,
  parseRestRequestBody,
  REST_CONTENT_TYPE,
  REST_PATH,
  type RestRequest,
} from './rest-request';
export { parseServiceRows } from './service-rows';
