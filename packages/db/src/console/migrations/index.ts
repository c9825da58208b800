import type { DexieMigration } from '../../migrations/index';
import { v1Initial } from './v1-initial';
import { v2ServerCache } from './v2-server-cache';
import { v3CatalogueTables } from './v3-catalogue-tables';

/** Every schema version of the console database, oldest first. Append; never edit a shipped entry. */
export const CONSOLE_DB_MIGRATIONS: readonly DexieMigration[] = [v1Initial, v2ServerCache, v3CatalogueTables];
