export * from './catalogue-cache-repository';
export * from './database';
export * from './legacy-workspace';
export { CONSOLE_DB_MIGRATIONS } from './migrations/index';
export * from './publication-repository';
export * from './records';
export * from './workspace-repository';
