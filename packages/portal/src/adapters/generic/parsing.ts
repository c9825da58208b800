/** The core parsers the generic reader uses, in one place. */
export {
  findProcedureCodes,
  type ParsedProcedureCode,
  parseLevel,
  parseLevels,
  parseProcedureCode,
} from '@niemyet/core';
