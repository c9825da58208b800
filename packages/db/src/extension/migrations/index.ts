import type { DexieMigration } from '../../migrations/index';
import { v1Initial } from './v1-initial';
import { v2FindingReportQueue } from './v2-finding-report-queue';

/** Every schema version of the extension database, oldest first. Append; never edit a shipped entry. */
export const EXTENSION_DB_MIGRATIONS: readonly DexieMigration[] = [v1Initial, v2FindingReportQueue];
