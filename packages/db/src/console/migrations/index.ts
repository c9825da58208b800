import type { ConsoleDbMigration } from './migration';
import { v1Initial } from './v1-initial';

/** Every schema version of the console database, oldest first. Append; never edit a shipped entry. */
export const CONSOLE_DB_MIGRATIONS: readonly ConsoleDbMigration[] = [v1Initial];

export type { ConsoleDbMigration } from './migration';
