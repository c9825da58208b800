export * from './catalogue-at';
export * from './decision-outcome';
export * from './fold';
export * from './history';
export { fieldsOf, PROCEDURE_FIELD_NAMES, sameProcedureFields } from './procedure-fields';
export * from './snapshot';
export * from './types';
