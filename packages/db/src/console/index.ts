export * from './database';
export { CONSOLE_DB_MIGRATIONS, type ConsoleDbMigration } from './migrations/index';
export * from './publication-repository';
export * from './records';
export * from './workspace-repository';
