export {
  CSV_ENCODINGS,
  CsvDecodeError,
  type CsvEncoding,
  type CsvEncodingFound,
  type CsvEncodingResult,
  csvTextChunks,
  type DecodedCsv,
  decodeCsvBytes,
  detectCsvEncoding,
  recogniseLegacy,
} from './decode';
export { LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-tables';
export { isVietnameseSyllable } from './vietnamese-syllable';
