import type { DexieMigration } from '../../migrations/index';
import { v1Initial } from './v1-initial';

/** Every schema version of the extension database, oldest first. Append; never edit a shipped entry. */
export const EXTENSION_DB_MIGRATIONS: readonly DexieMigration[] = [v1Initial];
