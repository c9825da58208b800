export { createApp } from './app';
export { hashPassword, verifyPassword } from './auth/passwords';
export { CatalogueCache } from './catalogue/catalogue-cache';
export { DEFAULT_SETTINGS, memoProbeFromEnv, type ServerSettings, watchSettingsFromEnv } from './config';
export { DataFolderInUseError } from './db/data-lock';
export { DEFAULT_DATA_FOLDER, openDatabase } from './db/open-database';
export { type DemoLoadOutcome, loadDemo } from './demo/load-demo';
export { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions, startServer } from './serve';
export * from './user-admin';
