/**
 * `@niemyet/db/testing`: fresh databases and sample records for tests of the repositories and
 * of the apps that use them (fake-indexeddb in the test environment). Never imported by
 * product code (the package's index does not export it).
 */
export { freshConsoleDb } from '../console/test-support';
export { freshDb, makeAudit, makeFinding, smallSnapshot } from '../extension/test-support';
