export * from './change-log-cells';
export * from './change-log-csv';
export * from './change-log-json';
export * from './change-log-xlsx';
export * from './decision-annex-docx';
export * from './period-report-xlsx';
export * from './rows-source';
export * from './xlsx-values';
