export * from './audit-repository';
export * from './bulk';
export * from './database';
export * from './finding-note-repository';
export * from './finding-report-queue-repository';
export { EXTENSION_DB_MIGRATIONS } from './migrations/index';
export * from './pull-repository';
export * from './records';
export * from './snapshot-repository';
