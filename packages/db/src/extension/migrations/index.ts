import type { ExtensionDbMigration } from './migration';
import { v1Initial } from './v1-initial';

/** Every schema version, oldest first. Append; never edit a shipped entry. */
export const EXTENSION_DB_MIGRATIONS: readonly ExtensionDbMigration[] = [v1Initial];

export type { ExtensionDbMigration } from './migration';
