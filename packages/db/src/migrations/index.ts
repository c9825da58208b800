export {
  checkMigrations,
  type DexieMigration,
  defineMigrations,
  latestVersion,
  schemaAt,
} from './define-migrations';
