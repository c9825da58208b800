export * from './console-bridge';
export * from './csv-issue';
export * from './csv-records';
export * from './decision-csv';
export * from './decision-csv-columns';
